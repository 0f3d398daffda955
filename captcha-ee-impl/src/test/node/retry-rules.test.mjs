// Unit tests of the retry rules of captchaFetch (captcha-ee.js), without a browser: node:test, a fake fetch() that
// plays the server from a script of answers, and test solvers registered with registerVerifier. Run by
// org.captchaee.impl.browser.BrowserRetryRulesTest through node-tests.mjs, or by hand in src/test/node:
//
//   node --test retry-rules.test.mjs
//
// The helper is the one in CAPTCHA_EE_HELPER (the directory of captcha-ee.js), else the source tree's.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SOURCE = '../../main/resources/META-INF/resources/captcha-ee/';
const helper = process.env.CAPTCHA_EE_HELPER || fileURLToPath(new URL(SOURCE, import.meta.url));
const { CaptchaError, captchaFetch, registerVerifier } = await import(pathToFileURL(`${helper}/captcha-ee.js`).href);

// ---- the fake server and the test solvers ---------------------------------------------------------------------------

/** Each request the fake server got: method, url, body and the captcha headers it carried. */
let requests;
/** How often each test verifier was asked to solve. */
let solves;
let endpoints = 0;

/** A URL of its own for each call: a token the helper keeps for one endpoint can never leak into another test. */
const endpoint = () => `http://app.test/api/call-${++endpoints}`;

/** A problem answer as the library writes it (application/problem+json); extra members are merged in. */
function problem(error, verifier, status = 403, extra = {}) {
    const body = { type: `urn:captcha-ee:${error}`, title: error, status, error, verifier, ...extra };
    return new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
    });
}

const ok = () => new Response('{"message":"done"}', { status: 200, headers: { 'Content-Type': 'application/json' } });

/** Replaces fetch() with a server that answers the calls with the given answers, in order (then 200). */
function serve(...answers) {
    globalThis.fetch = async (request) => {
        const captcha = {};
        request.headers.forEach((value, name) => name.startsWith('x-captcha-') && (captcha[name] = value));
        requests.push({ method: request.method, url: request.url, body: await request.clone().text(), captcha });
        const next = answers.shift() || ok;
        return next(request);
    };
}

/** A test verifier whose n-th solve answers X-Captcha-Token <name>-<n>, valid for expiresIn seconds. */
function verifier(name, expiresIn = 300) {
    solves[name] = 0;
    registerVerifier(name, async () => ({ headers: { 'X-Captcha-Token': `${name}-${++solves[name]}` }, expiresIn }));
}

const tokens = () => requests.map((request) => request.captcha['x-captcha-token'] || null);

beforeEach(() => {
    requests = [];
    solves = {};
    verifier('provider');
    verifier('fallback');
    verifier('other');
});

// ---- answers that are no captcha problem ----------------------------------------------------------------------------

test('an answer that is no 403 captcha problem is returned as it came, after one request', async () => {
    const answers = [
        ok,
        () => new Response('no', { status: 401 }),
        () => new Response('<p>forbidden</p>', { status: 403, headers: { 'Content-Type': 'text/html' } }),
        () => problem('access_denied', 'provider'),
        () => problem('captcha_required', undefined),
        () => problem('captcha_required', 'provider', 401),
        () => new Response('{not json', { status: 403, headers: { 'Content-Type': 'application/json' } }),
    ];
    for (const answer of answers) {
        requests = [];
        serve(answer);
        const response = await captchaFetch(endpoint(), { method: 'POST' });
        assert.equal(requests.length, 1);
        assert.equal(response.status, answer().status);
    }
    assert.deepEqual(solves, { provider: 0, fallback: 0, other: 0 });
});

test('outage and client answers (503 captcha_unavailable, 429, 400, 413) are returned at once', async () => {
    for (const [error, status] of [
        ['captcha_unavailable', 503],
        ['captcha_rate_limited', 429],
        ['captcha_malformed', 400],
        ['captcha_body_too_large', 413],
    ]) {
        requests = [];
        serve(() => problem(error, 'provider', status));
        const response = await captchaFetch(endpoint(), { method: 'POST' });
        assert.equal(response.status, status);
        assert.equal(response.headers.get('Retry-After'), '30', 'the caller reads Retry-After itself');
        assert.equal((await response.json()).error, error, 'the body is still readable');
        assert.equal(requests.length, 1);
    }
    assert.equal(solves.provider, 0);
});

test('an outage answered to the retry ends the flow with that answer', async () => {
    serve(() => problem('captcha_required', 'provider'), () => problem('captcha_unavailable', 'provider', 503));

    const response = await captchaFetch(endpoint(), { method: 'POST' });

    assert.equal(response.status, 503);
    assert.deepEqual(tokens(), [null, 'provider-1']);
});

// ---- captcha_required -----------------------------------------------------------------------------------------------

test('captcha_required: the verifier it names solves, the same request goes again with its headers', async () => {
    let seen;
    registerVerifier('provider', async (problemBody, settings) => {
        seen = { problemBody, settings };
        return { headers: { 'X-Captcha-Ticket': 'ticket', 'X-Captcha-Randstr': 'rand' } };
    });
    serve(() => problem('captcha_required', 'provider', 403, { challenge: '/app/api/captcha/image' }));
    const url = endpoint();

    const response = await captchaFetch(url, { method: 'PUT', body: '{"name":"alice"}' });

    assert.equal(response.status, 200);
    assert.equal(requests.length, 2);
    assert.deepEqual(requests[0], { method: 'PUT', url, body: '{"name":"alice"}', captcha: {} });
    assert.deepEqual(requests[1], {
        method: 'PUT',
        url,
        body: '{"name":"alice"}',
        captcha: { 'x-captcha-ticket': 'ticket', 'x-captcha-randstr': 'rand' },
    });
    assert.equal(seen.problemBody.verifier, 'provider');
    assert.equal(seen.problemBody.challenge, '/app/api/captcha/image', 'the solver gets the whole problem');
    assert.equal(typeof seen.settings.powTimeout, 'number', 'and the settings');
});

test('once per verifier: a verifier that asks again after its own captcha gets its answer back', async () => {
    serve(
        () => problem('captcha_required', 'provider'),
        () => problem('captcha_required', 'provider'),
    );

    const response = await captchaFetch(endpoint(), { method: 'POST' });

    assert.equal(response.status, 403);
    assert.equal((await response.json()).verifier, 'provider');
    assert.deepEqual(tokens(), [null, 'provider-1']);
    assert.equal(solves.provider, 1);
});

test("a provider's captcha, then its fallback's: each verifier asked once, three requests", async () => {
    serve(
        () => problem('captcha_required', 'provider'),
        () => problem('captcha_required', 'fallback', 403, { challenge: '/app/api/captcha/image' }),
    );

    const response = await captchaFetch(endpoint(), { method: 'POST' });

    assert.equal(response.status, 200);
    assert.deepEqual(tokens(), [null, 'provider-1', 'fallback-1']);
    assert.deepEqual(solves, { provider: 1, fallback: 1, other: 0 });
});

// ---- captcha_invalid ------------------------------------------------------------------------------------------------

test('captcha_invalid: a new captcha and one more request, once per flow', async () => {
    serve(
        () => problem('captcha_required', 'provider'),
        () => problem('captcha_invalid', 'provider'),
        () => problem('captcha_invalid', 'provider'),
    );

    const response = await captchaFetch(endpoint(), { method: 'POST' });

    assert.equal(response.status, 403);
    assert.equal((await response.json()).error, 'captcha_invalid', 'the second refusal is handed back');
    assert.deepEqual(tokens(), [null, 'provider-1', 'provider-2']);
});

test('captcha_invalid to the first request (a stale token of the page) is solved and retried once', async () => {
    serve(() => problem('captcha_invalid', 'provider'), () => problem('captcha_invalid', 'provider'));

    const response = await captchaFetch(endpoint(), { method: 'POST', headers: { 'X-Captcha-Token': 'stale' } });

    assert.equal(response.status, 403);
    assert.deepEqual(tokens(), ['stale', 'provider-1']);
});

test('captcha_invalid after a retry is solved again, even for a verifier already asked', async () => {
    serve(() => problem('captcha_required', 'provider'), () => problem('captcha_invalid', 'provider'));

    const response = await captchaFetch(endpoint(), { method: 'POST' });

    assert.equal(response.status, 200);
    assert.deepEqual(tokens(), [null, 'provider-1', 'provider-2']);
});

test('captcha_invalid never reuses a kept token: it always asks for a new captcha', async () => {
    const url = endpoint();
    let down = true;
    serve(
        () => problem('captcha_required', 'provider'),
        () => {
            if (down) {
                down = false;
                throw new TypeError('Failed to fetch');
            }
            return ok();
        },
        () => problem('captcha_invalid', 'provider'),
    );
    await assert.rejects(captchaFetch(url, { method: 'POST' }), TypeError); // provider-1 kept for this endpoint

    const response = await captchaFetch(url, { method: 'POST' });

    assert.equal(response.status, 200);
    assert.deepEqual(tokens(), [null, 'provider-1', null, 'provider-2']);
});

test('a captcha valid for 10 s or less is not kept when its request fails: the next call solves anew', async () => {
    verifier('short', 10);
    const url = endpoint();
    serve(
        () => problem('captcha_required', 'short'),
        () => {
            throw new TypeError('Failed to fetch');
        },
        () => problem('captcha_required', 'short'),
    );
    await assert.rejects(captchaFetch(url, { method: 'POST' }), TypeError);

    await captchaFetch(url, { method: 'POST' });

    assert.deepEqual(tokens(), [null, 'short-1', null, 'short-2']);
});

// ---- at most 4 requests ---------------------------------------------------------------------------------------------

test('at most 4 requests per call, whatever the server answers', async () => {
    serve(
        () => problem('captcha_required', 'provider'),
        () => problem('captcha_required', 'fallback'),
        () => problem('captcha_invalid', 'fallback'),
        () => problem('captcha_required', 'other'),
        () => problem('captcha_required', 'other'),
    );

    const response = await captchaFetch(endpoint(), { method: 'POST' });

    assert.equal(requests.length, 4);
    assert.deepEqual(tokens(), [null, 'provider-1', 'fallback-1', 'fallback-2']);
    assert.equal(response.status, 403, 'the fourth answer is handed back, even a problem');
    assert.equal((await response.json()).verifier, 'other');
    assert.equal(solves.other, 0);
});

test('a server that names a new verifier every time still gets at most 4 requests', async () => {
    const names = Array.from({ length: 10 }, (_, i) => `v${i + 1}`);
    names.forEach((name) => verifier(name));
    serve(...names.map((name) => () => problem('captcha_required', name)));

    await captchaFetch(endpoint(), { method: 'POST' });

    assert.equal(requests.length, 4);
    assert.deepEqual(tokens(), [null, 'v1-1', 'v2-1', 'v3-1']);
});

// ---- failures -------------------------------------------------------------------------------------------------------

test('a solver that fails rejects with CaptchaError unavailable, carrying the refusal; no second request', async () => {
    registerVerifier('provider', async () => {
        throw new Error('script blocked');
    });
    serve(() => problem('captcha_required', 'provider'));

    const error = await captchaFetch(endpoint(), { method: 'POST' }).catch((e) => e);

    assert.ok(error instanceof CaptchaError);
    assert.equal(error.code, 'unavailable');
    assert.equal(error.message, 'script blocked');
    assert.equal(error.response.status, 403);
    assert.equal(requests.length, 1);
});

test("a solver's own CaptchaError (the user cancelled) is passed on, with the refusal that asked", async () => {
    registerVerifier('provider', async () => {
        throw new CaptchaError('cancelled', 'Cancel');
    });
    serve(() => problem('captcha_required', 'provider'));

    const error = await captchaFetch(endpoint(), { method: 'POST' }).catch((e) => e);

    assert.equal(error.code, 'cancelled');
    assert.equal((await error.response.json()).verifier, 'provider');
    assert.equal(requests.length, 1);
});

test('a verifier without a solver rejects with CaptchaError unsupported, after one request', async () => {
    serve(() => problem('captcha_required', 'nobody-registered-this'));

    const error = await captchaFetch(endpoint(), { method: 'POST' }).catch((e) => e);

    assert.equal(error.code, 'unsupported');
    assert.match(error.message, /'nobody-registered-this'/);
    assert.equal(requests.length, 1);
});

test('a network error of the first request rejects as fetch() does, and asks no captcha', async () => {
    serve(() => {
        throw new TypeError('Failed to fetch');
    });

    await assert.rejects(captchaFetch(endpoint(), { method: 'POST' }), TypeError);
    assert.deepEqual(solves, { provider: 0, fallback: 0, other: 0 });
});

test('a registered solver replaces the built-in one of the same name', async () => {
    registerVerifier('image', async ({ challenge }) => ({ headers: { 'X-Captcha-Token': `own-${challenge}` } }));
    serve(() => problem('captcha_required', 'image', 403, { challenge: 'c' }));

    await captchaFetch(endpoint(), { method: 'POST' });

    assert.deepEqual(tokens(), [null, 'own-c']);
});
