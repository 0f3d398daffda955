// @ts-check
// captcha-ee browser helper, solver of the built-in image captcha (verifier 'image'): the CloudBase flow in a modal
// dialog. Loaded by captcha-ee.js the first time a problem names it.
import { dialog, element } from '../dom.js';
import { message } from '../messages.js';
import { CaptchaError } from '../shared.js';

/** @typedef {{ok: boolean, status: number, json?: any}} JsonAnswer */
/** @typedef {{token: string, image: string}} Challenge */

// ---- built-in image captcha: the CloudBase flow ---------------------------------------------------------------------

/**
 * POSTs the body as JSON; the answer's status and its JSON body (null when it has none).
 * @param {string} url
 * @param {object} [body]
 * @returns {Promise<JsonAnswer>}
 */
async function postJson(url, body) {
    const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body || {}),
    });
    return { ok: response.ok, status: response.status, json: await response.json().catch(() => null) };
}

/** @type {import('../shared.js').Solver} */
export function image(problem) {
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
    const label = element('label', { className: 'cee-label' }, message('answer'), input);
    const ui = dialog(message('help'), [picture, refresh, label], [submit]);
    input.setAttribute('aria-describedby', ui.live.id);
    /** @type {Challenge | null} */
    let challenge = null;
    let busy = false;

    /**
     * Shows a new picture (with refreshing, of the same challenge when it can), then says the message key said.
     * @param {boolean} refreshing
     * @param {import('../messages.js').MessageKey | ''} said
     */
    const load = async (refreshing, said) => {
        busy = true;
        ui.form.setAttribute('aria-busy', 'true');
        try {
            let answer = refreshing && challenge ? await postJson(`${base}/refresh`, { token: challenge.token }) : null;
            if (!answer || !answer.ok) answer = await postJson(base);
            if (!answer.ok || !answer.json) throw new Error(String(answer.status));
            challenge = /** @type {Challenge} */ (answer.json);
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

    /** @type {Promise<import('../shared.js').Solved>} */
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
            const body = { token: challenge && challenge.token, answer: input.value };
            /** @type {JsonAnswer} */
            const answer = await postJson(`${base}/verify`, body).catch(() => ({ ok: false, status: 0 }));
            busy = false;
            if (answer.ok && answer.json && answer.json.captcha_token) {
                ui.close();
                const { captcha_token: token, expires_in: expiresIn } = answer.json;
                resolve({ headers: { 'X-Captcha-Token': token }, expiresIn });
            } else {
                challenge = null; // a challenge takes one answer: ask for a new one
                await load(false, answer.status === 403 ? 'wrong' : 'unreachable');
            }
        });
    });
    load(false, '');
    return Promise.race([solved, ui.cancelled]);
}
