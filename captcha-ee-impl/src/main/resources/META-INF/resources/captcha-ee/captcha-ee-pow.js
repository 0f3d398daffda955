// captcha-ee proof of work (ALTCHA v1): finds the number n with SHA-256(salt + n) = challenge, in a Web Worker so the
// page never freezes. Posts {progress: 0..1} now and then, then {number} or {error}. Loaded by captcha-ee.js.
const BATCH = 500;
const REPORT_EVERY_MS = 100;

function hex(buffer) {
    return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function solve({ algorithm, challenge, salt, maxnumber, maxNumber }) {
    if (algorithm !== 'SHA-256') throw new Error(`Unsupported algorithm ${algorithm}`);
    const max = maxnumber || maxNumber || 1000000;
    const encoder = new TextEncoder();
    let reported = Date.now();
    postMessage({ progress: 0 });
    for (let start = 0; start <= max; start += BATCH) {
        const tries = [];
        for (let n = start; n < start + BATCH && n <= max; n++) {
            tries.push(crypto.subtle.digest('SHA-256', encoder.encode(salt + n)));
        }
        const hashes = await Promise.all(tries);
        const found = hashes.findIndex((hash) => hex(hash) === challenge);
        if (found >= 0) {
            postMessage({ progress: 1 });
            return start + found;
        }
        if (Date.now() - reported >= REPORT_EVERY_MS) {
            reported = Date.now();
            postMessage({ progress: Math.min(start / max, 0.99) });
        }
    }
    throw new Error('No solution: the challenge is not solvable');
}

addEventListener('message', ({ data }) =>
    solve(data).then(
        (number) => postMessage({ number }),
        (error) => postMessage({ error: String((error && error.message) || error) }),
    ),
);
