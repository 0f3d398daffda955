// @ts-check
// captcha-ee browser helper, solver of the built-in proof of work (verifier 'pow'): ALTCHA v2, and v1 while the server
// speaks it, solved in Web Workers of captcha-ee-pow.js. Loaded by captcha-ee.js the first time a problem names it.
import { element } from '../dom.js';
import { message } from '../messages.js';
import { CaptchaError, settings } from '../shared.js';

/**
 * GET <challenge>, as the server sent it: ALTCHA v2 {parameters, signature}, or v1 {algorithm, challenge, salt, ...}.
 * @typedef {{
 *     parameters?: {expiresAt?: number, [key: string]: unknown},
 *     signature: string,
 *     algorithm?: string,
 *     challenge?: string,
 *     salt?: string,
 *     [key: string]: unknown,
 * }} PowChallenge
 */
/** A worker's solution: v2 {counter, derivedKey, time}, v1 {number}. @typedef {{[key: string]: unknown}} PowSolution */

// ---- built-in proof of work (ALTCHA v2, and v1 while the server speaks it), solved in Web Workers -------------------

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
        /** @param {number} fraction */
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
 * @param {PowChallenge} challenge
 * @param {number} count
 * @param {(fraction: number) => void} onProgress
 * @returns {Promise<PowSolution>}
 */
function solveInWorkers(challenge, count, onProgress) {
    /** @type {Worker[]} */
    const workers = [];
    let progress = -1;
    let failures = 0;
    return new Promise((resolve, reject) => {
        let settled = false;
        /** @type {<T>(finish: (value: T) => void, value: T) => void} */
        const settle = (finish, value) => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            workers.forEach((worker) => worker.terminate());
            finish(value);
        };
        /** @param {Error} error */
        const fail = (error) => ++failures === count && settle(reject, error);
        const timer = setTimeout(() => settle(reject, new Error('Proof of work timed out')), settings.powTimeout);
        for (let start = 0; start < count; start++) {
            const worker = new Worker(new URL('../captcha-ee-pow.js', import.meta.url));
            workers.push(worker);
            /** @param {ErrorEvent} event */
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

/**
 * The X-Captcha-Token payload and its lifetime: ALTCHA v2 for a challenge with parameters, else v1.
 * @param {PowChallenge} challenge
 * @param {PowSolution} solution
 * @param {number} took ms
 * @returns {import('../shared.js').Solved}
 */
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
    const expires = /[?&]expires=(\d+)/.exec(salt || '');
    const expiresIn = expires ? Number(expires[1]) - Date.now() / 1000 : 0;
    return { headers: { 'X-Captcha-Token': btoa(JSON.stringify(payload)) }, expiresIn };
}

/** @type {import('../shared.js').Solver} */
export async function pow(problem) {
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
