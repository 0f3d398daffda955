// Test harness: runs the official altcha-lib 2.8.0 against captcha-ee's proof-of-work verifier, ALTCHA protocol v1
// (altcha-lib/v1) and v2 (altcha-lib). Run by org.captchaee.impl.pow.AltchaInteropTest (v1) and AltchaV2InteropTest
// (v2) from target/node, where the build copies it and runs npm ci.
//
// v1:
//   node altcha-interop.mjs solve                                         < challenge JSON
//   node altcha-interop.mjs create-and-solve <hmacKey> <maxnumber> <expiresUnixSeconds>
//   node altcha-interop.mjs verify <hmacKey>                              < Base64 payload
//
// solve and create-and-solve print the widget payload: standard Base64 of
// {algorithm, challenge, number, salt, signature, took}; verify prints true or false.
//
// v2:
//   node altcha-interop.mjs v2-create <hmacKey> <algorithm> <cost> <memoryCost|-> <parallelism|-> <keyPrefix>
//                                     <expiresAtUnixSeconds> <keyLength>
//   node altcha-interop.mjs v2-solve <hmacKey>                            < challenge JSON {parameters, signature}
//   node altcha-interop.mjs v2-verify <hmacKey>                           < Base64 payloads, one a line
//
// v2-create signs a challenge with altcha-lib's createChallenge (hmacSignatureSecret = hmacKey; '-' leaves memoryCost
// or parallelism out) and solves it with solveChallenge; v2-solve solves the given challenge with solveChallenge and
// checks the solution with verifySolution and hmacKey. Both print the widget 3.x payload, standard Base64 of
// JSON.stringify({challenge: {parameters, signature}, solution: {counter, derivedKey, time}}); v2-solve prints the
// verified flag (true or false) on the line before it. v2-verify prints, for each payload in order, altcha-lib's
// verifySolution result as one JSON line {expired, invalidSignature, invalidSolution, verified}, or
// {verified: false, error} when altcha-lib throws.
//
// Key derivation: altcha-lib's own functions (altcha-lib/algorithms/sha, pbkdf2, scrypt) except for ARGON2ID, whose
// altcha-lib function needs node:crypto's argon2, new in Node.js 24.7: the Node.js of this machine (20) and Debian's
// lack it. ARGON2ID uses hash-wasm's argon2id instead (the version the widget altcha 3.2.2 bundles for its argon2id
// worker) with altcha-lib's parameter mapping: passes = cost, memory = memoryCost KiB, parallelism = parallelism || 1,
// salt = the salt bytes, message = nonce bytes followed by the big-endian uint32 counter, tag length = keyLength.
import { createChallenge, solveChallenge, verifySolution } from 'altcha-lib/v1';
import {
    createChallenge as createChallengeV2,
    solveChallenge as solveChallengeV2,
    verifySolution as verifySolutionV2,
} from 'altcha-lib';
import { deriveKey as pbkdf2 } from 'altcha-lib/algorithms/pbkdf2';
import { deriveKey as scrypt } from 'altcha-lib/algorithms/scrypt';
import { deriveKey as sha } from 'altcha-lib/algorithms/sha';
import { argon2id } from 'hash-wasm';

async function stdin() {
    const chunks = [];
    for await (const chunk of process.stdin) {
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8').trim();
}

function integer(text, name) {
    if (!/^[0-9]+$/.test(text ?? '')) {
        throw new Error(`${name} must be a non-negative integer: ${text}`);
    }
    return Number(text);
}

// what the widget does with a challenge: solve it, then send Base64 of the JSON payload
async function solve(challenge) {
    const { promise } = solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber);
    const solution = await promise;
    if (!solution) {
        throw new Error(`altcha-lib found no solution up to ${challenge.maxnumber}: ${JSON.stringify(challenge)}`);
    }
    return btoa(JSON.stringify({
        algorithm: challenge.algorithm,
        challenge: challenge.challenge,
        number: solution.number,
        salt: challenge.salt,
        signature: challenge.signature,
        took: solution.took,
    }));
}

// altcha-lib's algorithms/argon2id.js, with hash-wasm in place of node:crypto's argon2 (see the header)
async function argon2idDeriveKey(parameters, salt, password) {
    if (parameters.algorithm !== 'ARGON2ID') {
        throw new Error(`Unsupported algorithm: ${parameters.algorithm}. Expected one of: ARGON2ID.`);
    }
    if (!Number.isInteger(parameters.memoryCost) || parameters.memoryCost < 1) {
        throw new Error(`memoryCost must be a positive integer. Got: ${parameters.memoryCost}`);
    }
    return {
        parameters: {},
        derivedKey: await argon2id({
            password,
            salt,
            iterations: parameters.cost,
            memorySize: parameters.memoryCost,
            parallelism: parameters.parallelism || 1,
            hashLength: parameters.keyLength,
            outputType: 'binary',
        }),
    };
}

const DERIVE_KEY = {
    'SHA-256': sha,
    'SHA-384': sha,
    'SHA-512': sha,
    'PBKDF2/SHA-256': pbkdf2,
    'PBKDF2/SHA-384': pbkdf2,
    'PBKDF2/SHA-512': pbkdf2,
    SCRYPT: scrypt,
    ARGON2ID: argon2idDeriveKey,
};

// a challenge's algorithm names its key derivation; an algorithm altcha-lib does not know fails in its own function
function deriveKeyFor(challenge) {
    return DERIVE_KEY[challenge?.parameters?.algorithm] ?? sha;
}

function optionalInteger(text, name) {
    return text === '-' ? undefined : integer(text, name);
}

function required(value, usage) {
    if (!value) {
        throw new Error(`usage: ${usage}`);
    }
    return value;
}

// what the widget 3.x does with a challenge: solve it, then send Base64 of the JSON payload
async function solveV2(challenge) {
    const solution = await solveChallengeV2({ challenge, deriveKey: deriveKeyFor(challenge), timeout: 30_000 });
    if (!solution) {
        throw new Error(`altcha-lib found no solution within 30 s: ${JSON.stringify(challenge)}`);
    }
    const payload = {
        challenge: { parameters: challenge.parameters, signature: challenge.signature },
        solution,
    };
    return { payload, base64: btoa(JSON.stringify(payload)) };
}

async function verifyV2(payload, hmacKey) {
    const { challenge, solution } = payload;
    const result = await verifySolutionV2({
        challenge,
        solution,
        hmacSignatureSecret: hmacKey,
        deriveKey: deriveKeyFor(challenge),
    });
    const { expired, invalidSignature, invalidSolution, verified } = result;
    return { expired, invalidSignature, invalidSolution, verified };
}

// what altcha-lib says of a payload, or that it threw
async function verifyV2Safely(base64, hmacKey) {
    try {
        return await verifyV2(JSON.parse(Buffer.from(base64, 'base64').toString('utf8')), hmacKey);
    } catch (e) {
        return { verified: false, error: String(e.message ?? e) };
    }
}

async function v2(mode, args) {
    switch (mode) {
        case 'v2-create': {
            const usage = 'v2-create <hmacKey> <algorithm> <cost> <memoryCost|-> <parallelism|-> <keyPrefix>'
                + ' <expiresAtUnixSeconds> <keyLength>';
            const [hmacKey, algorithm, cost, memoryCost, parallelism, keyPrefix, expiresAt, keyLength] = args;
            required(keyLength, usage);
            const challenge = await createChallengeV2({
                algorithm,
                cost: integer(cost, 'cost'),
                memoryCost: optionalInteger(memoryCost, 'memoryCost'),
                parallelism: optionalInteger(parallelism, 'parallelism'),
                keyPrefix,
                keyLength: integer(keyLength, 'keyLength'),
                expiresAt: integer(expiresAt, 'expiresAt'),
                hmacSignatureSecret: hmacKey,
                deriveKey: DERIVE_KEY[algorithm],
            });
            return (await solveV2(challenge)).base64;
        }
        case 'v2-solve': {
            const hmacKey = required(args[0], 'v2-solve <hmacKey> < challenge JSON');
            const { payload, base64 } = await solveV2(JSON.parse(await stdin()));
            const { verified } = await verifyV2(payload, hmacKey);
            return `${verified}\n${base64}`;
        }
        case 'v2-verify': {
            const hmacKey = required(args[0], 'v2-verify <hmacKey> < Base64 payloads, one a line');
            const results = [];
            for (const line of (await stdin()).split('\n')) {
                results.push(JSON.stringify(await verifyV2Safely(line.trim(), hmacKey)));
            }
            return results.join('\n');
        }
        default:
            throw new Error(`unknown mode ${mode}: use solve, create-and-solve, verify, v2-create, v2-solve or v2-verify`);
    }
}

async function main(mode, args) {
    switch (mode) {
        case 'solve':
            return solve(JSON.parse(await stdin()));
        case 'create-and-solve': {
            const [hmacKey, maxnumber, expires] = args;
            if (!hmacKey) {
                throw new Error('create-and-solve needs <hmacKey> <maxnumber> <expiresUnixSeconds>');
            }
            const challenge = await createChallenge({
                hmacKey,
                maxnumber: integer(maxnumber, 'maxnumber'),
                expires: new Date(integer(expires, 'expires') * 1000),
            });
            return solve(challenge);
        }
        case 'verify': {
            const [hmacKey] = args;
            if (!hmacKey) {
                throw new Error('verify needs <hmacKey>');
            }
            return String(await verifySolution(await stdin(), hmacKey, true));
        }
        default:
            return v2(mode, args);
    }
}

try {
    process.stdout.write((await main(process.argv[2], process.argv.slice(3))) + '\n');
} catch (e) {
    process.stderr.write(`altcha-interop: ${e.stack ?? e}\n`);
    process.exitCode = 1;
}
