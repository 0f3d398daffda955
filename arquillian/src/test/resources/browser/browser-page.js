// Test page: one button that POSTs to api/<endpoint> through captchaFetch and writes the outcome into #result.
// Query: endpoint (or several, comma-separated: called in turn), tencentAppId, aliyunSceneId, tokens (the answers of
// the test verifier's solver, in order), lang. #result shows the last call; data-outcomes lists every call's outcome.
import { CaptchaError, captchaFetch, configure, registerVerifier } from './captcha-ee/captcha-ee.js';

const query = new URLSearchParams(location.search);
const result = document.getElementById('result');
const button = document.getElementById('call');

window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) =>
    window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
);
window.powProgress = [];
configure({
    lang: query.get('lang') || 'en',
    onProgress: (fraction) => window.powProgress.push(fraction),
    tencent: { appId: query.get('tencentAppId') || '', timeout: 3000 },
    aliyun: { prefix: 'test', sceneId: query.get('aliyunSceneId') || '', timeout: 3000 },
});

// the test verifier: each solve hands out the next of the given tokens, valid for five minutes (a token that never
// reached the server is kept for its endpoint)
const tokens = (query.get('tokens') || '').split(',');
let solves = 0;
registerVerifier('test', async () => ({
    headers: { 'X-Captcha-Token': tokens[Math.min(solves++, tokens.length - 1)] },
    expiresIn: 300,
}));

/** Calls one endpoint; returns its outcome: the status, or the CaptchaError's code, or the error's name. */
async function call(endpoint) {
    try {
        const response = await captchaFetch(`api/${endpoint}`, { method: 'POST' });
        const body = await response.text();
        result.dataset.error = (/"error":"(\w+)"/.exec(body) || [])[1] || '';
        result.textContent = body;
        return String(response.status);
    } catch (error) {
        result.dataset.error = error instanceof CaptchaError ? error.code : String(error);
        result.textContent = String(error);
        return error instanceof CaptchaError ? error.code : error.name;
    }
}

button.addEventListener('click', async () => {
    delete result.dataset.status;
    const outcomes = [];
    for (const endpoint of query.get('endpoint').split(',')) outcomes.push(await call(endpoint));
    const last = outcomes[outcomes.length - 1];
    result.dataset.status = /^\d+$/.test(last) ? last : '0';
    result.dataset.outcomes = outcomes.join(' ');
    result.dataset.solves = String(solves);
});
button.disabled = false;
