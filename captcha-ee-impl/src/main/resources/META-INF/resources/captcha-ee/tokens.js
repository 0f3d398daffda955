// @ts-check
// captcha-ee browser helper: the solved captchas that were never sent (the request that carried one failed before it
// reached the server), each kept for reuse only by the endpoint whose problem asked for it: same method, same URL.

/** @typedef {import('./shared.js').Solved} Solved */

// ---- the token cache ------------------------------------------------------------------------------------------------

// 'method URL verifier' -> {headers, expires} (neither a method nor a serialized URL holds a space)
/** @type {Map<string, Solved & {expires: number}>} */
const tokens = new Map();
/** @type {(request: Request, verifier: string) => string} */
const tokenKey = (request, verifier) => `${request.method} ${request.url} ${verifier}`;

/**
 * Keeps a solved captcha of the verifier for this request's method and URL, when it stays valid over 10 more seconds.
 * @param {Request} request
 * @param {string} verifier
 * @param {Solved} solved
 */
export function keepToken(request, verifier, solved) {
    if (solved.expiresIn && solved.expiresIn > 10)
        tokens.set(tokenKey(request, verifier), { ...solved, expires: Date.now() + (solved.expiresIn - 10) * 1000 });
}

/**
 * Takes the kept captcha of the verifier for this request's method and URL out of the cache: null when none is kept or
 * it has expired.
 * @param {Request} request
 * @param {string} verifier
 * @returns {Solved | null}
 */
export function takeToken(request, verifier) {
    const key = tokenKey(request, verifier);
    const kept = tokens.get(key);
    tokens.delete(key);
    return kept && kept.expires > Date.now() ? kept : null;
}
