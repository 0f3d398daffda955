// captcha-ee browser helper: a fetch wrapper that shows the captcha a problem answer names and repeats the call.
// Plain ES module, no dependencies, no inline script, no eval: it works under a strict Content-Security-Policy.
// API: captchaFetch(input, init), configure(options), registerVerifier(name, solver), CaptchaError.
// See docs/reference/browser-helper.md.

const MESSAGES = {
    en: {
        title: 'Are you human?',
        help: 'Type the characters in the picture. Case does not matter.',
        image: 'Captcha picture: characters to type',
        answer: 'Characters',
        refresh: 'New picture',
        submit: 'Continue',
        cancel: 'Cancel',
        loading: 'Loading a picture…',
        loaded: 'New picture loaded.',
        wrong: 'That was not right. Here is a new picture.',
        empty: 'Please type the characters in the picture.',
        unreachable: 'The captcha service did not answer. Please try again.',
        working: 'Checking your browser… {0}%',
        widget: 'Please complete the check.',
    },
    'zh-CN': {
        title: '请完成人机验证',
        help: '请输入图片中的字符，不区分大小写。',
        image: '验证码图片：需要输入的字符',
        answer: '字符',
        refresh: '换一张',
        submit: '继续',
        cancel: '取消',
        loading: '正在加载图片…',
        loaded: '已换一张新图片。',
        wrong: '输入不正确，已换一张新图片。',
        empty: '请输入图片中的字符。',
        unreachable: '验证码服务没有响应，请重试。',
        working: '正在检查浏览器… {0}%',
        widget: '请完成验证。',
    },
};

const settings = {
    lang: '',
    onProgress: null,
    powTimeout: 120000,
    tencent: { appId: '', scriptUrl: 'https://turing.captcha.qcloud.com/TJCaptcha.js', timeout: 5000 },
    aliyun: {
        prefix: '',
        sceneId: '',
        region: 'cn',
        scriptUrl: 'https://o.alicdn.com/captcha-frontend/aliyunCaptcha/AliyunCaptcha.js',
        timeout: 5000,
    },
    recaptcha: { siteKey: '', scriptUrl: 'https://www.google.com/recaptcha/api.js?render=explicit', timeout: 5000 },
    hcaptcha: { siteKey: '', scriptUrl: 'https://js.hcaptcha.com/1/api.js?render=explicit', timeout: 5000 },
    turnstile: {
        siteKey: '',
        scriptUrl: 'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit',
        timeout: 5000,
    },
};

/** Why a captcha flow ended without an answer: code 'cancelled', 'unavailable' or 'unsupported'. */
export class CaptchaError extends Error {
    constructor(code, message, response) {
        super(message);
        this.name = 'CaptchaError';
        this.code = code;
        this.response = response;
    }
}

/** Sets options; objects (tencent, aliyun, ...) are merged key by key. */
export function configure(options) {
    for (const [key, value] of Object.entries(options || {})) {
        const current = settings[key];
        settings[key] = current && typeof current === 'object' ? { ...current, ...value } : value;
    }
}

/** Adds or replaces the solver of a verifier: async (problem, settings) => ({headers, expiresIn?}). */
export function registerVerifier(name, solver) {
    solvers.set(name, solver);
}

/** The message in the configured language (en or zh-CN), with {0} replaced. */
export function message(key, arg) {
    const lang = settings.lang || document.documentElement.lang || navigator.language || 'en';
    const table = lang.toLowerCase().startsWith('zh') ? MESSAGES['zh-CN'] : MESSAGES.en;
    return table[key].replace('{0}', arg);
}

// ---- the fetch wrapper ----------------------------------------------------------------------------------------------

const MAX_CALLS = 4; // the call, one retry per verifier asked (a provider, then its fallback), one after captcha_invalid
// solved captchas not sent yet, each kept only for the endpoint that asked for it:
// 'method URL verifier' -> {headers, expires} (neither a method nor a serialized URL holds a space)
const tokens = new Map();
const tokenKey = (request, verifier) => `${request.method} ${request.url} ${verifier}`;

/**
 * fetch() that solves captchas: on 403 captcha_required it shows the captcha named by the problem's 'verifier' (or
 * reuses a still-valid token of it solved for this method and URL) and repeats the call with its headers; on
 * captcha_invalid it gets a new captcha and repeats the call at most once per flow. A problem answered from another
 * origin (after a redirect) is handed back as it came. Resolves with the last response; rejects with CaptchaError when
 * the user cancels or the captcha cannot be shown.
 */
export async function captchaFetch(input, init) {
    const template = new Request(input, init);
    const asked = new Set();
    let invalidRetried = false;
    let response = await send(template);
    for (let call = 1; call < MAX_CALLS; call++) {
        const problem = await problemOf(response, template);
        if (!problem) return response;
        if (problem.error === 'captcha_invalid') {
            if (invalidRetried) return response;
            invalidRetried = true;
        } else if (asked.has(problem.verifier)) {
            return response;
        }
        asked.add(problem.verifier);
        const solved = (problem.error === 'captcha_required' && takeToken(template, problem.verifier)) || (await solve(problem, response));
        response = await send(template, problem.verifier, solved);
    }
    return response;
}

async function send(template, verifier, solved) {
    const request = template.clone();
    for (const [name, value] of Object.entries(solved ? solved.headers : {})) request.headers.set(name, value);
    try {
        return await fetch(request);
    } catch (error) {
        if (solved) keepToken(template, verifier, solved); // never reached the server: still good for this endpoint
        throw error;
    }
}

async function problemOf(response, request) {
    if (response.status !== 403 || !/json/.test(response.headers.get('Content-Type') || '')) return null;
    // a captcha solved for another origin's problem would go to this request's URL: not ours to solve
    if (response.url && new URL(response.url).origin !== new URL(request.url).origin) return null;
    const body = await response.clone().json().catch(() => null);
    const known = body && (body.error === 'captcha_required' || body.error === 'captcha_invalid');
    return known && typeof body.verifier === 'string' ? body : null;
}

async function solve(problem, response) {
    const solver = solvers.get(problem.verifier); // own entries only: never Object's constructor, __proto__, ...
    if (!solver) throw new CaptchaError('unsupported', `No solver for the verifier '${problem.verifier}'`, response);
    try {
        return await solver(problem, settings);
    } catch (error) {
        if (error instanceof CaptchaError) {
            error.response = response;
            throw error;
        }
        throw new CaptchaError('unavailable', String((error && error.message) || error), response);
    }
}

function keepToken(request, verifier, solved) {
    if (solved.expiresIn > 10)
        tokens.set(tokenKey(request, verifier), { ...solved, expires: Date.now() + (solved.expiresIn - 10) * 1000 });
}

function takeToken(request, verifier) {
    const key = tokenKey(request, verifier);
    const kept = tokens.get(key);
    tokens.delete(key);
    return kept && kept.expires > Date.now() ? kept : null;
}

// ---- small DOM helpers ----------------------------------------------------------------------------------------------

let ids = 0;

function element(tag, props, ...children) {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
}

/** A modal dialog: title, help, body, live message, actions. Cancel and Escape reject with CaptchaError('cancelled'). */
function dialog(help, body, actions) {
    const id = `cee-${++ids}`;
    const live = element('p', { id: `${id}-message`, className: 'cee-message' });
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    const cancel = element('button', { type: 'button', className: 'cee-cancel' }, message('cancel'));
    const form = element(
        'form',
        { method: 'dialog', className: 'cee-form', noValidate: true },
        element('h2', { id: `${id}-title`, className: 'cee-title' }, message('title')),
        element('p', { id: `${id}-help`, className: 'cee-help' }, help),
        ...body,
        live,
        element('div', { className: 'cee-actions' }, ...actions, cancel),
    );
    const root = element('dialog', { className: 'cee-dialog' }, form);
    root.setAttribute('aria-labelledby', `${id}-title`);
    root.setAttribute('aria-describedby', `${id}-help`);
    const opener = document.activeElement;
    let open = true;
    const close = () => {
        open = false;
        root.close();
        root.remove();
        if (opener && opener.focus) opener.focus();
    };
    const cancelled = new Promise((resolve, reject) => {
        const onCancel = (event) => {
            event.preventDefault();
            if (!open) return;
            close();
            reject(new CaptchaError('cancelled', message('cancel')));
        };
        cancel.addEventListener('click', onCancel);
        root.addEventListener('cancel', onCancel);
    });
    document.body.append(root);
    root.showModal();
    return { form, live, close, cancelled, say: (key) => (live.textContent = key && message(key)) };
}

async function postJson(url, body) {
    const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body || {}),
    });
    return { ok: response.ok, status: response.status, json: await response.json().catch(() => null) };
}

/** Loads a third-party script once; resolves with ready() when it is truthy, rejects on error or after timeout ms. */
function loadScript(url, timeout, ready) {
    return new Promise((resolve, reject) => {
        if (ready()) return resolve(ready());
        const script = element('script', { src: url, async: true });
        const started = Date.now();
        const finish = (error) => {
            clearInterval(timer);
            if (!error) return resolve(ready());
            script.remove();
            reject(error);
        };
        const timer = setInterval(() => {
            if (ready()) finish();
            else if (Date.now() - started > timeout) finish(new Error(`Timed out loading ${url}`));
        }, 50);
        script.addEventListener('error', () => finish(new Error(`Could not load ${url}`)));
        document.head.append(script);
    });
}

// ---- built-in image captcha: the CloudBase flow -----------------------------------------------------------------------

function image(problem) {
    if (!problem.challenge) throw new CaptchaError('unavailable', 'The problem names no challenge endpoint');
    const base = problem.challenge;
    const picture = element('img', { className: 'cee-image', alt: message('image'), width: 160, height: 60 });
    const refresh = element('button', { type: 'button', className: 'cee-refresh' }, message('refresh'));
    const input = element('input', {
        className: 'cee-answer',
        autocomplete: 'off',
        spellcheck: false,
        maxLength: 16,
        required: true,
    });
    input.setAttribute('autocapitalize', 'characters');
    const submit = element('button', { type: 'submit', className: 'cee-submit' }, message('submit'));
    const ui = dialog(message('help'), [picture, refresh, element('label', { className: 'cee-label' }, message('answer'), input)], [submit]);
    input.setAttribute('aria-describedby', ui.live.id);
    let challenge = null;
    let busy = false;

    const load = async (refreshing, said) => {
        busy = true;
        ui.form.setAttribute('aria-busy', 'true');
        try {
            let answer = refreshing && challenge ? await postJson(`${base}/refresh`, { token: challenge.token }) : null;
            if (!answer || !answer.ok) answer = await postJson(base);
            if (!answer.ok || !answer.json) throw new Error(answer.status);
            challenge = answer.json;
            picture.src = challenge.image;
            input.value = '';
            input.focus();
            ui.say(said);
        } catch (error) {
            ui.say('unreachable');
        } finally {
            busy = false;
            ui.form.removeAttribute('aria-busy');
        }
    };

    const solved = new Promise((resolve) => {
        refresh.addEventListener('click', () => !busy && load(true, 'loaded'));
        ui.form.addEventListener('submit', async (event) => {
            event.preventDefault();
            if (busy) return;
            if (!input.value.trim()) {
                ui.say('empty');
                return input.focus();
            }
            busy = true;
            const answer = await postJson(`${base}/verify`, { token: challenge && challenge.token, answer: input.value }).catch(
                () => ({ ok: false, status: 0 }),
            );
            busy = false;
            if (answer.ok && answer.json && answer.json.captcha_token) {
                ui.close();
                resolve({ headers: { 'X-Captcha-Token': answer.json.captcha_token }, expiresIn: answer.json.expires_in });
            } else {
                challenge = null; // a challenge takes one answer: ask for a new one
                await load(false, answer.status === 403 ? 'wrong' : 'unreachable');
            }
        });
    });
    load(false, '');
    return Promise.race([solved, ui.cancelled]);
}

// ---- built-in proof of work (ALTCHA v2, and v1 while the server speaks it), solved in Web Workers ---------------------

const MAX_POW_WORKERS = 4;

/** A role=status box with a progress bar; show(fraction) updates it, remove() takes it away. */
function powStatus() {
    const status = element('div', { className: 'cee-status' });
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    const bar = element('progress', { max: 100, value: 0 });
    const text = element('span', {}, message('working', 0));
    status.append(text, bar);
    document.body.append(status);
    return {
        show(fraction) {
            const percent = Math.floor(fraction * 100);
            bar.value = percent;
            if (percent % 10 === 0) text.textContent = message('working', percent);
        },
        remove: () => status.remove(),
    };
}

/**
 * Runs the challenge in `count` workers of captcha-ee-pow.js, each on every count-th counter, and resolves with the
 * first solution; rejects when every worker failed or after settings.powTimeout. Progress goes to onProgress, never
 * backwards.
 */
function solveInWorkers(challenge, count, onProgress) {
    const workers = [];
    let progress = -1;
    let failures = 0;
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (finish, value) => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            workers.forEach((worker) => worker.terminate());
            finish(value);
        };
        const fail = (error) => ++failures === count && settle(reject, error);
        const timer = setTimeout(() => settle(reject, new Error('Proof of work timed out')), settings.powTimeout);
        for (let start = 0; start < count; start++) {
            const worker = new Worker(new URL('captcha-ee-pow.js', import.meta.url));
            workers.push(worker);
            const failed = (event) => fail(new Error(event.message || 'Proof-of-work worker failed'));
            worker.addEventListener('error', failed);
            worker.addEventListener('message', ({ data }) => {
                if (settled) return;
                if ('error' in data) return fail(new Error(data.error));
                if (!('progress' in data)) return settle(resolve, data);
                if (data.progress <= progress) return;
                progress = data.progress;
                onProgress(progress);
            });
            worker.postMessage({ challenge, start, step: count });
        }
    });
}

/** The X-Captcha-Token payload and its lifetime: ALTCHA v2 for a challenge with parameters, else v1. */
function powToken(challenge, solution, took) {
    if (challenge.parameters) {
        const { parameters, signature } = challenge;
        const { counter, derivedKey, time } = solution;
        const payload = { challenge: { parameters, signature }, solution: { counter, derivedKey, time } };
        const expiresIn = parameters.expiresAt ? parameters.expiresAt - Date.now() / 1000 : 0;
        return { headers: { 'X-Captcha-Token': btoa(JSON.stringify(payload)) }, expiresIn };
    }
    const { algorithm, salt, signature } = challenge;
    const payload = { algorithm, challenge: challenge.challenge, number: solution.number, salt, signature, took };
    const expires = /[?&]expires=(\d+)/.exec(salt);
    const expiresIn = expires ? Number(expires[1]) - Date.now() / 1000 : 0;
    return { headers: { 'X-Captcha-Token': btoa(JSON.stringify(payload)) }, expiresIn };
}

async function pow(problem) {
    if (!problem.challenge) throw new CaptchaError('unavailable', 'The problem names no challenge endpoint');
    const response = await fetch(problem.challenge, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new CaptchaError('unavailable', `The challenge endpoint answered ${response.status}`);
    const challenge = await response.json();
    const status = powStatus();
    const started = Date.now();
    const count = Math.max(1, Math.min(navigator.hardwareConcurrency || 1, MAX_POW_WORKERS));
    try {
        const solution = await solveInWorkers(challenge, count, (fraction) => {
            status.show(fraction);
            if (settings.onProgress) settings.onProgress(fraction);
        });
        return powToken(challenge, solution, Date.now() - started);
    } finally {
        status.remove();
    }
}

// ---- Tencent Cloud Captcha, with the seeds' disaster-recovery ticket ----------------------------------------------------

/** Tencent's business disaster-recovery ticket, made when its script cannot load or run (error code 1001). */
function tencentDisaster(appId) {
    return {
        ret: 0,
        ticket: `trerror_1001_${appId}_${Math.floor(new Date().getTime() / 1000)}`,
        randstr: '@' + Math.random().toString(36).substr(2),
        errorCode: 1001,
        errorMessage: 'jsload_error',
    };
}

async function tencent(problem, { tencent: options }) {
    if (!options.appId) throw new CaptchaError('unsupported', 'configure({tencent: {appId}}) first');
    let result;
    try {
        const TencentCaptcha = await loadScript(options.scriptUrl, options.timeout, () => window.TencentCaptcha);
        result = await new Promise((resolve) => new TencentCaptcha(String(options.appId), resolve, {}).show());
    } catch (error) {
        result = tencentDisaster(options.appId);
    }
    // decide on ticket and errorCode, not on ret: Tencent's own disaster tickets come with ret 0 and an errorCode
    if (!result.ticket) throw new CaptchaError('cancelled', message('cancel'));
    return { headers: { 'X-Captcha-Ticket': result.ticket, 'X-Captcha-Randstr': result.randstr } };
}

// ---- Alibaba Cloud Captcha 2.0 -------------------------------------------------------------------------------------------

/**
 * This library's disaster token for Alibaba Cloud, made when its script cannot load or run
 * (docs/reference/verifiers/aliyun.md: Disaster tokens).
 */
function aliyunDisaster(sceneId) {
    return { headers: { 'X-Captcha-Token': `aliyun_error_1001_${sceneId}_${Math.floor(Date.now() / 1000)}` } };
}

async function aliyun(problem, { aliyun: options }) {
    if (!options.sceneId) throw new CaptchaError('unsupported', 'configure({aliyun: {prefix, sceneId}}) first');
    window.AliyunCaptchaConfig = { region: options.region, prefix: options.prefix };
    let init;
    try {
        init = await loadScript(options.scriptUrl, options.timeout, () => window.initAliyunCaptcha);
    } catch (error) {
        return aliyunDisaster(options.sceneId);
    }
    const id = `cee-${++ids}`;
    const host = element('div', { id, className: 'cee-aliyun' });
    const button = element('button', { id: `${id}-button`, type: 'button', hidden: true });
    document.body.append(host, button);
    try {
        return await new Promise((resolve) => {
            let failed = null;
            const disaster = () => resolve(aliyunDisaster(options.sceneId));
            try {
                init({
                    SceneId: options.sceneId,
                    mode: 'popup',
                    element: `#${id}`,
                    button: `#${id}-button`,
                    success: (param) => {
                        clearTimeout(failed);
                        resolve({ headers: { 'X-Captcha-Token': param } });
                    },
                    fail: () => {}, // Alibaba refreshes the captcha itself
                    getInstance: () => button.click(),
                    // after onError, Alibaba's V2 front end may still hand success() a parameter (the server answers F023
                    // to it and asks for the fallback captcha); if none comes in time, this library's disaster token goes
                    onError: () => {
                        failed = failed || setTimeout(disaster, options.timeout);
                    },
                });
            } catch (error) {
                disaster();
            }
        });
    } finally {
        host.remove();
        button.remove();
    }
}

// ---- reCAPTCHA, hCaptcha, Turnstile: render the widget, read its token ----------------------------------------------------

function widget(name, global) {
    return async (problem, all) => {
        const options = all[name];
        const api = await loadScript(options.scriptUrl, options.timeout, () => window[global] && window[global].render && window[global]);
        const slot = element('div', { className: 'cee-widget' });
        const ui = dialog(message('widget'), [slot], []);
        const token = new Promise((resolve, reject) =>
            api.render(slot, {
                sitekey: options.siteKey,
                callback: (value) => {
                    ui.close();
                    resolve({ headers: { 'X-Captcha-Token': value } });
                },
                'error-callback': () => {
                    ui.close();
                    reject(new CaptchaError('unavailable', `${name} failed`));
                },
            }),
        );
        return Promise.race([token, ui.cancelled]);
    };
}

// verifier name -> solver; a Map, so a name from the server finds only what is registered here
const solvers = new Map(
    Object.entries({
        image,
        pow,
        tencent,
        aliyun,
        recaptcha: widget('recaptcha', 'grecaptcha'),
        hcaptcha: widget('hcaptcha', 'hcaptcha'),
        turnstile: widget('turnstile', 'turnstile'),
    }),
);
