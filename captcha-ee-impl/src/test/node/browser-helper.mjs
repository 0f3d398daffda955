// Test harness: imports captcha-ee's browser helper (captcha-ee.js) into Node.js, with a stub server in place of
// fetch() and a test verifier whose solves hand out numbered tokens, runs one scenario of its fetch wrapper and prints
// what happened as one JSON line. Run by org.captchaee.impl.browser.BrowserHelperTest from target/node.
//
//   node browser-helper.mjs <file of captcha-ee.js> verifier <name>   the server asks for the verifier <name>
//   node browser-helper.mjs <file of captcha-ee.js> kept-token         a token kept after a network error, then calls
//                                                                      of other endpoints and of its own
//   node browser-helper.mjs <file of captcha-ee.js> redirected         the problem comes from another origin
//
// The report: requests (method, url, token: the X-Captcha-Token sent or null), solves (how many tokens the test
// verifier handed out) and outcomes (per captchaFetch call: {status} or {error: {name, code, message}}).
import { pathToFileURL } from 'node:url';

const [helperFile, scenario, ...args] = process.argv.slice(2);
const { captchaFetch, registerVerifier } = await import(pathToFileURL(helperFile).href);

const report = { requests: [], solves: 0, outcomes: [] };
let server = () => new Response('{}', { status: 200 });

globalThis.fetch = async (request) => {
    const token = request.headers.get('X-Captcha-Token');
    report.requests.push({ method: request.method, url: request.url, token });
    return server(request, token);
};

registerVerifier('test', async () => ({ headers: { 'X-Captcha-Token': `token-${++report.solves}` }, expiresIn: 300 }));

/** A 403 captcha_required problem naming the verifier, answered from the given URL. */
function problem(verifier, url) {
    const response = new Response(
        // the extra members are what an inherited function would hand back as the solved captcha
        JSON.stringify({ error: 'captcha_required', verifier, headers: { 'X-Captcha-Token': 'from-the-problem' } }),
        { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
    );
    if (url) Object.defineProperty(response, 'url', { value: url });
    return response;
}

async function call(url, method = 'POST') {
    try {
        const response = await captchaFetch(url, { method });
        report.outcomes.push({ status: response.status });
    } catch (error) {
        report.outcomes.push({ error: { name: error.name, code: error.code ?? null, message: String(error.message) } });
    }
}

const scenarios = {
    async verifier(name) {
        server = () => problem(name);
        await call('http://app.test/api/a');
    },

    async 'kept-token'() {
        let networkDown = true;
        server = (request, token) => {
            if (!token) return problem('test');
            if (networkDown) {
                networkDown = false;
                throw new TypeError('Failed to fetch');
            }
            return new Response('{}', { status: 200 });
        };
        await call('http://app.test/api/a'); // token-1 never reaches the server: kept for POST http://app.test/api/a
        await call('http://app.test/api/b');
        await call('http://app.test/api/a', 'PUT');
        await call('http://app.test/api/a?user=bob');
        await call('http://other.test/api/a');
        await call('http://app.test/api/a'); // its own endpoint: the kept token-1
    },

    async redirected() {
        server = (request, token) => (token ? new Response('{}', { status: 200 }) : problem('test', 'http://other.test/x'));
        await call('http://app.test/api/a');
    },
};

await scenarios[scenario](...args);
console.log(JSON.stringify(report));
