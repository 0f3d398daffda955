// Test harness: runs captcha-ee's proof-of-work worker script (captcha-ee-pow.js) in Node.js, in a context that plays
// the worker's global scope (Node's WebCrypto, postMessage, addEventListener), on challenges made by the official
// altcha-lib 2.8.0, and checks the solutions with altcha-lib's verifySolution. Prints one JSON line. Run by
// org.captchaee.impl.browser.PowWorkerTest from target/node.
//
//   node pow-worker.mjs <file of captcha-ee-pow.js> v2 <algorithm> <cost> <keyPrefix> <start> <step>
//   node pow-worker.mjs <file of captcha-ee-pow.js> v1 <maxnumber> <number> <start> <step>
//
// The report: messages (what the worker posted, in order), verified (altcha-lib's verdict on the solution, or null
// when the worker posted an error) and expected (v2: altcha-lib's own solveChallenge's counter on the same share).
import { readFile } from 'node:fs/promises';
import vm from 'node:vm';
import { createChallenge, solveChallenge, verifySolution } from 'altcha-lib';
import * as v1 from 'altcha-lib/v1';

const SECRET = 'pow-worker-test-key';
const [workerFile, version, ...args] = process.argv.slice(2);

/** Posts one message to a fresh instance of the worker script; resolves with all it posted, up to its answer. */
async function runWorker(message) {
    const source = await readFile(workerFile, 'utf8');
    const messages = [];
    const listeners = [];
    return new Promise((resolve) => {
        const scope = {
            crypto: globalThis.crypto,
            performance,
            TextEncoder,
            postMessage: (data) => {
                messages.push(structuredClone(data));
                if (!('progress' in data)) resolve(messages);
            },
            addEventListener: (type, listener) => type === 'message' && listeners.push(listener),
        };
        vm.runInNewContext(source, scope, { filename: workerFile });
        listeners.forEach((listener) => listener({ data: structuredClone(message) }));
    });
}

/** The key derivation altcha-lib's verifier uses for an algorithm (its Node implementations). */
async function deriveKeyOf(algorithm) {
    const family = algorithm.startsWith('PBKDF2/') ? 'pbkdf2' : algorithm.startsWith('SHA-') ? 'sha' : algorithm;
    return (await import(`altcha-lib/algorithms/${family.toLowerCase()}`)).deriveKey;
}

async function v2(algorithm, cost, keyPrefix, start, step) {
    const deriveKey = await deriveKeyOf(algorithm);
    const challenge = await createChallenge({
        algorithm,
        cost: Number(cost),
        keyPrefix,
        deriveKey,
        expiresAt: Math.floor(Date.now() / 1000) + 300,
        hmacSignatureSecret: SECRET,
    });
    const messages = await runWorker({ challenge, start: Number(start), step: Number(step) });
    const answer = messages[messages.length - 1];
    if ('error' in answer) return { messages, verified: null, expected: null };
    const own = await solveChallenge({ challenge, deriveKey, counterStart: Number(start), counterStep: Number(step) });
    const { verified } = await verifySolution({ challenge, solution: answer, deriveKey, hmacSignatureSecret: SECRET });
    return { messages, verified, expected: own && own.counter };
}

async function v1Challenge(maxnumber, number, start, step) {
    const challenge = await v1.createChallenge({ hmacKey: SECRET, maxnumber: Number(maxnumber), number: Number(number) });
    const messages = await runWorker({ challenge, start: Number(start), step: Number(step) });
    const answer = messages[messages.length - 1];
    const { algorithm, salt, signature } = challenge;
    const payload = { algorithm, challenge: challenge.challenge, number: answer.number, salt, signature };
    const verified = 'error' in answer ? null : await v1.verifySolution(payload, SECRET, true);
    return { messages, verified };
}

const report = version === 'v2' ? await v2(...args) : await v1Challenge(...args);
console.log(JSON.stringify(report));
