// @ts-check
// captcha-ee browser helper: a fetch wrapper that shows the captcha a problem answer names and repeats the call.
// Plain ES module, no dependencies, no inline script, no eval: it works under a strict Content-Security-Policy.
// API: captchaFetch(input, init), configure(options), registerVerifier(name, solver), message(key), CaptchaError.
// See docs/reference/browser-helper.md. The built-in solvers are in solvers/, each fetched (same origin) the first
// time a problem names it.
import { CaptchaError, settings } from './shared.js';
import { keepToken, takeToken } from './tokens.js';

export { message } from './messages.js';
export { CaptchaError, configure } from './shared.js';

// ---- types ----------------------------------------------------------------------------------------------------------

/** @typedef {import('./shared.js').Problem} Problem */
/** @typedef {import('./shared.js').Solved} Solved */
/** @typedef {import('./shared.js').Solver} Solver */
/** @typedef {import('./shared.js').Options} Options */
/** A module of solvers/: one solver export per verifier it serves. @typedef {Record<string, Solver>} SolverModule */

// ---- the solvers ----------------------------------------------------------------------------------------------------

// verifier name -> solver a page registered; Maps, so a name from the server finds only what is registered here
/** @type {Map<string, Solver>} */
const solvers = new Map();
// verifier name -> the file of solvers/ that exports the built-in solver of that name, loaded on first use
const BUILT_IN = new Map(
    Object.entries({
        image: 'image',
        pow: 'pow',
        tencent: 'tencent',
        aliyun: 'aliyun',
        recaptcha: 'widget',
        hcaptcha: 'widget',
        turnstile: 'widget',
    }),
);

/**
 * Adds or replaces the solver of a verifier: async (problem, settings) => ({headers, expiresIn?}).
 * @param {string} name
 * @param {Solver} solver
 */
export function registerVerifier(name, solver) {
    solvers.set(name, solver);
}

/**
 * The solver of a verifier: the registered one, else the built-in one (its module fetched on first use), else null.
 * @param {string} name
 * @returns {Promise<Solver | null>}
 */
async function solverOf(name) {
    const file = BUILT_IN.get(name);
    if (solvers.has(name) || !file) return solvers.get(name) || null;
    /** @type {SolverModule} */
    const module = await import(new URL(`./solvers/${file}.js`, import.meta.url).href);
    return solvers.get(name) || module[name] || null;
}

// ---- the fetch wrapper ----------------------------------------------------------------------------------------------

// the call, one retry per verifier asked (a provider, then its fallback), one after captcha_invalid
const MAX_CALLS = 4;

/**
 * fetch() that solves captchas: on 403 captcha_required it shows the captcha named by the problem's 'verifier' (or
 * reuses a still-valid token of it solved for this method and URL) and repeats the call with its headers; on
 * captcha_invalid it gets a new captcha and repeats the call at most once per flow. A problem answered from another
 * origin (after a redirect) is handed back as it came. Resolves with the last response; rejects with CaptchaError when
 * the user cancels or the captcha cannot be shown.
 * @param {RequestInfo | URL} input
 * @param {RequestInit} [init]
 * @returns {Promise<Response>}
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
        const kept = problem.error === 'captcha_required' && takeToken(template, problem.verifier);
        response = await send(template, problem.verifier, kept || (await solve(problem, response)));
    }
    return response;
}

/**
 * Sends a copy of the request with the solved captcha's headers; keeps the captcha when the request never arrived.
 * @param {Request} template
 * @param {string} [verifier]
 * @param {Solved} [solved]
 */
async function send(template, verifier, solved) {
    const request = template.clone();
    for (const [name, value] of Object.entries(solved ? solved.headers : {})) request.headers.set(name, value);
    try {
        return await fetch(request);
    } catch (error) {
        if (solved && verifier) keepToken(template, verifier, solved); // never reached the server: still good here
        throw error;
    }
}

/**
 * The captcha problem of the response, or null: not a 403 JSON answer, another origin's, or not a captcha problem.
 * @param {Response} response
 * @param {Request} request
 * @returns {Promise<Problem | null>}
 */
async function problemOf(response, request) {
    if (response.status !== 403 || !/json/.test(response.headers.get('Content-Type') || '')) return null;
    // a captcha solved for another origin's problem would go to this request's URL: not ours to solve
    if (response.url && new URL(response.url).origin !== new URL(request.url).origin) return null;
    const body = await response.clone().json().catch(() => null);
    const known = body && (body.error === 'captcha_required' || body.error === 'captcha_invalid');
    return known && typeof body.verifier === 'string' ? body : null;
}

/**
 * Asks the verifier's solver; any failure of it, or of loading it, becomes a CaptchaError carrying the response.
 * @param {Problem} problem
 * @param {Response} response
 * @returns {Promise<Solved>}
 */
async function solve(problem, response) {
    try {
        const solver = await solverOf(problem.verifier);
        if (!solver) throw new CaptchaError('unsupported', `No solver for the verifier '${problem.verifier}'`);
        return await solver(problem, settings);
    } catch (error) {
        if (error instanceof CaptchaError) {
            error.response = response;
            throw error;
        }
        const { message } = /** @type {{message?: string}} */ (Object(error));
        throw new CaptchaError('unavailable', String(message || error), response);
    }
}
