// Measures how long ALTCHA v2 challenges take to solve, to choose the pow verifier's default algorithm and cost.
//
//   node altcha-solve-times.mjs browser [runs] [setting regex] [--without-wasm-csp]
//   node altcha-solve-times.mjs node [runs] [setting regex]
//
// browser: serves a page on 127.0.0.1 (a free port, stopped at the end) under a strict CSP with the official widget's
// `altcha/external` build, its CSS and its worker files, and a challenge endpoint that makes a fresh challenge per
// request with altcha-lib's createChallenge for the setting being measured. Debian's Chromium (headless, as in
// browser-flows.mjs; another binary with CHROMIUM=<path>) lets the widget, with its default settings (workers =
// hardwareConcurrency, minDuration 500 ms), solve `runs` challenges (default 15) per setting through its verify(); each
// payload is checked with altcha-lib's verifySolution.
// Every answer has the strict policy; the worker files of SCRYPT and ARGON2ID, which compile WebAssembly, have
// 'wasm-unsafe-eval' in its script-src (a dedicated worker runs under the policy of its own script's response, so the
// page needs none); --without-wasm-csp leaves it out there too, to show that they need it.
// node: the same settings solved on one thread by altcha-lib's solveChallenge (ARGON2ID through hash-wasm, as
// Node 20 has no crypto.argon2, with altcha-lib's parameter mapping).
//
// Per setting it prints one line: median, p90, min and max of the solution's own `time` field, of the wall time
// (browser: from verify() to its answer, with the challenge fetch, the workers' start and the minDuration pad), of
// the counter, the derivation cost per try, and the 1-minute load average; at the end one JSON line with it all.
import http from 'node:http';
import os from 'node:os';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChallenge, solveChallenge, verifySolution } from 'altcha-lib';
import { deriveKey as pbkdf2 } from 'altcha-lib/algorithms/pbkdf2';
import { deriveKey as sha } from 'altcha-lib/algorithms/sha';
import { deriveKey as scrypt } from 'altcha-lib/algorithms/scrypt';
import { argon2id } from 'hash-wasm';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const flags = new Set(process.argv.slice(2).filter((arg) => arg.startsWith('--')));
const MODE = args[0] || 'browser';
const RUNS = Number(args[1] || 15);
const ONLY = new RegExp(args[2] || '.');
const WITH_WASM_CSP = !flags.has('--without-wasm-csp');
const HMAC_SECRET = 'solve-times-secret';
const KEY_LENGTH = 32;
const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
];

/**
 * The grid, chosen to bracket a 0.5 to 2 s median in the browser. Left out as obviously over 10 s on average
 * (per-try costs of a first short run): PBKDF2 cost 250 prefix 0000, cost 10000 prefix 000; SHA-256 cost 1000 or
 * more with prefix 000, cost 20000 prefix 00; ARGON2ID memoryCost 65536.
 */
const SETTINGS = [
    ...[
        [100, '0000'],
        [250, '000'],
        [500, '000'],
        [1000, '000'],
        [2000, '000'],
        [5000, '000'],
        [1000, '00'],
        [2000, '00'],
        [5000, '00'],
        [10000, '00'],
        [20000, '00'],
    ].map(([cost, keyPrefix]) => ({ algorithm: 'PBKDF2/SHA-256', cost, keyPrefix })),
    ...[
        [100, '000'],
        [1000, '00'],
        [5000, '00'],
    ].map(([cost, keyPrefix]) => ({ algorithm: 'SHA-256', cost, keyPrefix })),
    ...[
        [1024, '00'],
        [2048, '00'],
        [4096, '00'],
        [16384, '0'],
    ].map(([cost, keyPrefix]) => ({ algorithm: 'SCRYPT', cost, memoryCost: 8, parallelism: 1, keyPrefix })),
    ...[
        [2, 4096, '0'],
        [3, 4096, '0'],
        [2, 16384, '0'],
        [2, 4096, '00'],
    ].map(([cost, memoryCost, keyPrefix]) => ({ algorithm: 'ARGON2ID', cost, memoryCost, parallelism: 1, keyPrefix })),
].filter((setting) => ONLY.test(label(setting)));

/** The worker file of the widget's dist/workers for each algorithm. */
const WORKER_FILES = { 'SHA-256': 'sha', 'PBKDF2/SHA-256': 'pbkdf2', SCRYPT: 'scrypt', ARGON2ID: 'argon2id' };

function label({ algorithm, cost, memoryCost, parallelism, keyPrefix }) {
    const memory = memoryCost === undefined ? '' : ` memoryCost=${memoryCost} parallelism=${parallelism}`;
    return `${algorithm} cost=${cost}${memory} prefix=${keyPrefix}`;
}

/** A dedicated worker runs under the policy of its own script's response, not the page's. */
const WASM_WORKERS = new Set([`/workers/${WORKER_FILES.SCRYPT}.js`, `/workers/${WORKER_FILES.ARGON2ID}.js`]);

/** altcha-lib's Argon2id mapping (cost = passes, memoryCost = KiB, parallelism = lanes) over hash-wasm. */
async function argon2idKey(parameters, salt, password) {
    const derivedKey = await argon2id({
        password,
        salt,
        iterations: parameters.cost,
        memorySize: parameters.memoryCost,
        parallelism: parameters.parallelism || 1,
        hashLength: parameters.keyLength,
        outputType: 'binary',
    });
    return { parameters: {}, derivedKey };
}

const DERIVE_KEY = { 'SHA-256': sha, 'PBKDF2/SHA-256': pbkdf2, SCRYPT: scrypt, ARGON2ID: argon2idKey };

function newChallenge(setting) {
    return createChallenge({
        ...setting,
        keyLength: KEY_LENGTH,
        expiresAt: new Date(Date.now() + 5 * 60_000),
        hmacSignatureSecret: HMAC_SECRET,
    });
}

async function verified(challenge, solution) {
    const result = await verifySolution({
        challenge,
        solution,
        deriveKey: DERIVE_KEY[challenge.parameters.algorithm],
        hmacSignatureSecret: HMAC_SECRET,
    });
    return result.verified;
}

function percentile(values, fraction) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

function summary(values) {
    return {
        median: round(percentile(values, 0.5)),
        p90: round(percentile(values, 0.9)),
        min: round(Math.min(...values)),
        max: round(Math.max(...values)),
    };
}

const round = (value) => Math.round(value * 10) / 10;
const format = ({ median, p90, min, max }) => `median ${median} p90 ${p90} min ${min} max ${max}`;

/** One setting's figures from its runs ({time, wall?, counter, verified}); workers = solvers sharing the tries. */
function report(setting, runs, workers, load) {
    const tries = runs.reduce((sum, run) => sum + run.counter + 1, 0);
    const totalTime = runs.reduce((sum, run) => sum + run.time, 0);
    const result = {
        setting: label(setting),
        runs: runs.length,
        verified: runs.filter((run) => run.verified).length,
        time: summary(runs.map((run) => run.time)),
        ...(runs[0].wall === undefined ? {} : { wall: summary(runs.map((run) => run.wall)) }),
        counter: summary(runs.map((run) => run.counter)),
        msPerTry: Math.round((totalTime * workers * 1000) / tries) / 1000,
        load: round(load),
    };
    const wall = result.wall ? ` | wall ms ${format(result.wall)}` : '';
    console.log(
        `${result.setting} | runs ${result.runs} verified ${result.verified} | time ms ${format(result.time)}${wall}` +
            ` | counter ${format(result.counter)} | ms/try ${result.msPerTry} | load ${result.load}`,
    );
    return result;
}

async function measureNode() {
    const results = [];
    for (const setting of SETTINGS) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
            const challenge = await newChallenge(setting);
            const solution = await solveChallenge({ challenge, deriveKey: DERIVE_KEY[setting.algorithm] });
            runs.push({ ...solution, verified: await verified(challenge, solution) });
        }
        results.push(report(setting, runs, 1, os.loadavg()[0]));
    }
    return { mode: 'node', node: process.version, results };
}

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>ALTCHA solve times</title>
<link rel="stylesheet" href="/altcha.css"><script type="module" src="/page.js"></script></head>
<body><form><altcha-widget challenge="/challenge"></altcha-widget></form></body>
</html>
`;

/** The page's script: registers the worker files, records CSP violations, solves once per call of solveOnce(). */
const PAGE_SCRIPT = `import './altcha.js';
const workers = ${JSON.stringify(WORKER_FILES)};
for (const [algorithm, file] of Object.entries(workers)) {
    globalThis.$altcha.algorithms.set(algorithm, () => new Worker('/workers/' + file + '.js'));
}
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) =>
    window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));
window.solveOnce = async () => {
    const widget = document.querySelector('altcha-widget');
    widget.reset();
    const start = performance.now();
    const result = await widget.verify();
    const wall = performance.now() - start;
    return result ? { wall, payload: result.payload, ...result.solution } : { error: widget.getState() };
};
`;

/** The widget's files by URL path; the rest of the answers are the page, its script and the challenge endpoint. */
async function widgetFiles() {
    const dist = path.resolve(fileURLToPath(import.meta.resolve('altcha/altcha.css')), '../..');
    const files = {
        '/altcha.js': ['text/javascript', await readFile(path.join(dist, 'external/altcha.js'))],
        '/altcha.css': ['text/css', await readFile(path.join(dist, 'external/altcha.css'))],
    };
    for (const file of new Set(Object.values(WORKER_FILES))) {
        files[`/workers/${file}.js`] = ['text/javascript', await readFile(path.join(dist, `workers/${file}.js`))];
    }
    return files;
}

/** The strict policy; the WebAssembly workers (SCRYPT, ARGON2ID) get 'wasm-unsafe-eval' on their own responses only. */
function policy(pathname) {
    const wasm = WITH_WASM_CSP && WASM_WORKERS.has(pathname) ? " 'wasm-unsafe-eval'" : '';
    return `default-src 'none'; script-src 'self'${wasm}; style-src 'self'; connect-src 'self'; worker-src 'self'`;
}

/** Starts the server on a free port of 127.0.0.1; `state.setting` is the setting the endpoint makes challenges for. */
async function startServer(state) {
    const files = { ...(await widgetFiles()), '/': ['text/html', PAGE], '/page.js': ['text/javascript', PAGE_SCRIPT] };
    const server = http.createServer(async (request, response) => {
        const { pathname } = new URL(request.url, 'http://127.0.0.1');
        const headers = { 'Content-Security-Policy': policy(pathname), 'Cache-Control': 'no-store' };
        if (pathname === '/challenge') {
            const challenge = await newChallenge(state.setting);
            response.writeHead(200, { ...headers, 'Content-Type': 'application/json' });
            return response.end(JSON.stringify(challenge));
        }
        const file = files[pathname];
        if (!file) {
            response.writeHead(404, headers);
            return response.end();
        }
        response.writeHead(200, { ...headers, 'Content-Type': file[0] });
        return response.end(file[1]);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return server;
}

async function measureSetting(browser, origin, state, setting) {
    state.setting = setting;
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(String(error)));
    try {
        await page.goto(`${origin}/`);
        await page.waitForFunction(() => window.solveOnce && customElements.get('altcha-widget'));
        const device = await page.evaluate(() => ({
            hardwareConcurrency: navigator.hardwareConcurrency,
            deviceMemory: navigator.deviceMemory,
        }));
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
            const run = await page.evaluate(() => window.solveOnce());
            if (run.error) {
                problems.push(`run ${i}: widget state ${run.error}`);
                break;
            }
            const { challenge } = JSON.parse(Buffer.from(run.payload, 'base64').toString());
            runs.push({ ...run, verified: await verified(challenge, run) });
        }
        const violations = await page.evaluate(() => window.cspViolations);
        problems.push(...violations.map((violation) => `CSP violation: ${violation}`));
        const result = runs.length
            ? report(setting, runs, device.hardwareConcurrency, os.loadavg()[0])
            : { setting: label(setting) };
        problems.forEach((problem) => console.log(`  ${label(setting)}: ${problem}`));
        return { ...result, ...device, problems };
    } finally {
        await page.close();
    }
}

async function measureBrowser() {
    const { chromium } = await import('playwright-core');
    const state = { setting: SETTINGS[0] };
    const server = await startServer(state);
    const origin = `http://127.0.0.1:${server.address().port}`;
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
    });
    try {
        const results = [];
        for (const setting of SETTINGS) results.push(await measureSetting(browser, origin, state, setting));
        return { mode: 'browser', chromium: browser.version(), wasmCsp: WITH_WASM_CSP, results };
    } finally {
        await browser.close();
        server.close();
    }
}

console.log(`uptime: ${os.loadavg().map(round).join(' ')} (load 1/5/15 min), ${os.cpus().length} cores`);
const figures = MODE === 'node' ? await measureNode() : await measureBrowser();
console.log(JSON.stringify({ ...figures, runsPerSetting: RUNS, loadAfter: os.loadavg().map(round) }));
