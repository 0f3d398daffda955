// Test harness: runs the official altcha-lib (ALTCHA protocol v1) against captcha-ee's proof-of-work verifier.
// Run by org.captchaee.impl.pow.AltchaInteropTest from target/node, where the build copies it and runs npm ci.
//
//   node altcha-interop.mjs solve                                         < challenge JSON
//   node altcha-interop.mjs create-and-solve <hmacKey> <maxnumber> <expiresUnixSeconds>
//   node altcha-interop.mjs verify <hmacKey>                              < Base64 payload
//
// solve and create-and-solve print the widget payload: standard Base64 of
// {algorithm, challenge, number, salt, signature, took}; verify prints true or false.
import { createChallenge, solveChallenge, verifySolution } from 'altcha-lib/v1';

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
            throw new Error(`unknown mode ${mode}: use solve, create-and-solve or verify`);
    }
}

try {
    process.stdout.write((await main(process.argv[2], process.argv.slice(3))) + '\n');
} catch (e) {
    process.stderr.write(`altcha-interop: ${e.stack ?? e}\n`);
    process.exitCode = 1;
}
