// Test page: one button that POSTs to api/<endpoint> through captchaFetch and writes the outcome into #result.
// Query: endpoint, tencentAppId, aliyunSceneId, tokens (the answers of the test verifier's solver, in order), lang.
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

// the test verifier: each solve hands out the next of the given tokens
const tokens = (query.get('tokens') || '').split(',');
let solves = 0;
registerVerifier('test', async () => ({ headers: { 'X-Captcha-Token': tokens[Math.min(solves++, tokens.length - 1)] } }));

button.addEventListener('click', async () => {
    delete result.dataset.status;
    try {
        const response = await captchaFetch(`api/${query.get('endpoint')}`, { method: 'POST' });
        const body = await response.text();
        result.dataset.error = (/"error":"(\w+)"/.exec(body) || [])[1] || '';
        result.textContent = body;
        result.dataset.status = String(response.status);
    } catch (error) {
        result.dataset.error = error instanceof CaptchaError ? error.code : String(error);
        result.dataset.status = '0';
    }
    result.dataset.solves = String(solves);
});
button.disabled = false;
