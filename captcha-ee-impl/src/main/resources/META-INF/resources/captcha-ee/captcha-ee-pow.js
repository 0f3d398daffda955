// @ts-check
// captcha-ee proof of work: solves an ALTCHA challenge in a Web Worker, so the page never freezes. Classic worker
// script, WebCrypto only (crypto.subtle: HTTPS or localhost), no library, no eval. Started by solvers/pow.js, which may
// run several of these workers on one challenge, each on its own share of the counters.
//
// Message in (one per worker): {challenge, start, step}
//   challenge  the JSON of GET <challenge>, as the server sent it; its version is read from its shape:
//              ALTCHA v2  {parameters: {algorithm, nonce, salt, cost, keyLength, keyPrefix, ...}, signature}
//              ALTCHA v1  {algorithm, challenge, maxnumber, salt, signature}
//   start, step  try the counters (v2) or numbers (v1) start, start + step, start + 2 step, ... (default 0 and 1)
// Messages out:
//   {progress}                          0 to 0.99 now and then, 1 just before the solution
//   {counter, derivedKey, time}         v2: the smallest counter of this worker's share whose derived key (lowercase
//                                       hex) starts with keyPrefix, and the ms the search took
//   {number}                            v1: the number n of this worker's share with SHA-256(salt + n) = challenge
//   {error}                             the challenge cannot be solved here (a message for people)
//
// v2 key derivation, as altcha-lib 2.8.0 defines it: password = nonce bytes followed by the counter as a big-endian
// uint32, salt = salt bytes; SHA-256/384/512: the digest of salt then password, then cost - 1 digests of the previous
// digest, cut to keyLength bytes at the end; PBKDF2/SHA-256/384/512: PBKDF2(password, salt, cost iterations,
// keyLength bytes). v2 has no upper bound: progress is measured against the expected number of tries,
// 16^(prefix length), and stays at 0.99 past it.
const V1_BATCH = 500;
const REPORT_EVERY_MS = 100;
const MAX_COUNTER = 0xffffffff;
const SHA = ['SHA-256', 'SHA-384', 'SHA-512'];
const PBKDF2 = ['PBKDF2/SHA-256', 'PBKDF2/SHA-384', 'PBKDF2/SHA-512'];
const WIDGET_ONLY = ['SCRYPT', 'ARGON2ID'];
// the message in and the challenges, as the comment above describes them
/** @typedef {{challenge?: {parameters: V2} | (V1 & {parameters?: undefined}), start?: number, step?: number}} Task */
/**
 * @typedef {{algorithm: string, nonce: string, salt: string, cost: number, keyLength?: number, keyPrefix?: string}} V2
 */
/** @typedef {{algorithm: string, challenge: string, salt: string, maxnumber?: number, maxNumber?: number}} V1 */
/** @typedef {Uint8Array<ArrayBuffer>} Bytes */

/** @param {ArrayBuffer | Uint8Array} buffer */
function hex(buffer) {
    return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** @type {(text: unknown, name: string) => Bytes} */
function bytes(text, name) {
    if (typeof text !== 'string' || text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) {
        throw new Error(`The challenge's ${name} is not hex`);
    }
    return Uint8Array.from(text.match(/../g) || [], (pair) => parseInt(pair, 16));
}

/** @type {(value: number, name: string) => number} */
function positiveInteger(value, name) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`The challenge's ${name} is not a positive integer`);
    return value;
}

/** Reports progress at most every REPORT_EVERY_MS: report(fraction) posts it when its time has come. */
function progressReporter() {
    let reported = performance.now();
    postMessage({ progress: 0 });
    return (/** @type {number} */ fraction) => {
        if (performance.now() - reported < REPORT_EVERY_MS) return;
        reported = performance.now();
        postMessage({ progress: Math.min(fraction, 0.99) });
    };
}

/** @type {(parameters: V2, salt: Bytes) => (password: Bytes) => Promise<Uint8Array>} The v2 key derivation. */
function keyDerivation({ algorithm, cost, keyLength = 32 }, salt) {
    positiveInteger(cost, 'cost');
    positiveInteger(keyLength, 'keyLength');
    if (SHA.includes(algorithm)) {
        return async (password) => {
            let key = new Uint8Array(salt.length + password.length);
            key.set(salt);
            key.set(password, salt.length);
            for (let round = 0; round < cost; round++) key = new Uint8Array(await crypto.subtle.digest(algorithm, key));
            return key.slice(0, keyLength);
        };
    }
    if (PBKDF2.includes(algorithm)) {
        const hash = algorithm.slice('PBKDF2/'.length);
        return async (password) => {
            const key = await crypto.subtle.importKey('raw', password, 'PBKDF2', false, ['deriveBits']);
            const bits = { name: 'PBKDF2', salt, iterations: cost, hash };
            return new Uint8Array(await crypto.subtle.deriveBits(bits, key, keyLength * 8));
        };
    }
    if (WIDGET_ONLY.includes(algorithm)) {
        throw new Error(
            `${algorithm} challenges need the official ALTCHA widget (npm altcha, which ships a worker for ` +
                `${algorithm}); captcha-ee's browser helper solves SHA and PBKDF2 challenges only`,
        );
    }
    throw new Error(`Unsupported algorithm ${algorithm}`);
}

/** ALTCHA v2: the first counter of start, start + step, ... whose derived key starts with keyPrefix. */
/** @type {(challenge: {parameters: V2}, start: number, step: number) => Promise<object>} */
async function solveV2({ parameters }, start, step) {
    const started = performance.now();
    const prefix = String(parameters.keyPrefix || '').toLowerCase();
    if (!/^[0-9a-f]+$/.test(prefix)) throw new Error("The challenge's keyPrefix is not hex");
    const derive = keyDerivation(parameters, bytes(parameters.salt, 'salt'));
    const nonce = bytes(parameters.nonce, 'nonce');
    const password = new Uint8Array(nonce.length + 4);
    password.set(nonce);
    const counterBytes = new DataView(password.buffer, nonce.length);
    const expectedTries = 16 ** prefix.length;
    const report = progressReporter();
    for (let counter = start; counter <= MAX_COUNTER; counter += step) {
        counterBytes.setUint32(0, counter, false);
        const derivedKey = hex(await derive(password));
        if (derivedKey.startsWith(prefix)) {
            postMessage({ progress: 1 });
            return { counter, derivedKey, time: Math.round((performance.now() - started) * 10) / 10 };
        }
        report(counter / expectedTries);
    }
    throw new Error('No solution: the challenge is not solvable');
}

/** ALTCHA v1: the number n of start, start + step, ... up to maxnumber with SHA-256(salt + n) = challenge. */
/** @type {(challenge: V1, start: number, step: number) => Promise<object>} */
async function solveV1({ algorithm, challenge, salt, maxnumber, maxNumber }, start, step) {
    if (algorithm !== 'SHA-256') throw new Error(`Unsupported algorithm ${algorithm}`);
    const max = maxnumber || maxNumber || 1000000;
    const encoder = new TextEncoder();
    const report = progressReporter();
    for (let first = start; first <= max; first += V1_BATCH * step) {
        const numbers = [];
        for (let n = first; n < first + V1_BATCH * step && n <= max; n += step) numbers.push(n);
        const hashes = await Promise.all(numbers.map((n) => crypto.subtle.digest('SHA-256', encoder.encode(salt + n))));
        const found = hashes.findIndex((hash) => hex(hash) === challenge);
        if (found >= 0) {
            postMessage({ progress: 1 });
            return { number: numbers[found] };
        }
        report(first / max);
    }
    throw new Error('No solution: the challenge is not solvable');
}

/** Solves a challenge of either version on this worker's share of the counters. */
/** @type {(task: Task) => Promise<object>} */
function solve({ challenge, start = 0, step = 1 }) {
    if (!challenge || typeof challenge !== 'object') return Promise.reject(new Error('No challenge'));
    const v2 = challenge.parameters && typeof challenge.parameters === 'object';
    return v2 ? solveV2(challenge, start, step) : solveV1(challenge, start, step);
}

addEventListener('message', ({ data }) =>
    solve(data).then(
        (solution) => postMessage(solution),
        (error) => postMessage({ error: String((error && error.message) || error) }),
    ),
);
