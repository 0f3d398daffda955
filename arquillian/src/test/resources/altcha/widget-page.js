// Test page of the official ALTCHA widget (its altcha/external build, CSS and worker files served by the WAR): when the
// widget has verified, POSTs its payload twice to api/<endpoint> (query: endpoint) as X-Captcha-Token, and writes into
// #result the payload, both statuses and both error codes; a widget that ends in its error state writes data-state.
import './altcha/altcha.js';

const WORKER_FILES = { 'SHA-256': 'sha', 'PBKDF2/SHA-256': 'pbkdf2' };
for (const [algorithm, file] of Object.entries(WORKER_FILES)) {
    globalThis.$altcha.algorithms.set(algorithm, () => new Worker(`altcha/workers/${file}.js`));
}

window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) =>
    window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
);

const endpoint = new URLSearchParams(location.search).get('endpoint');
const result = document.getElementById('result');
const widget = document.querySelector('altcha-widget');

/** One call of the protected endpoint with the widget's payload: its status and the problem's error code. */
async function call(payload) {
    const response = await fetch(`api/${endpoint}`, { method: 'POST', headers: { 'X-Captcha-Token': payload } });
    const body = await response.text();
    return { status: response.status, error: (/"error":"(\w+)"/.exec(body) || [])[1] || '' };
}

widget.addEventListener('verified', async (event) => {
    const { payload } = event.detail;
    const calls = [await call(payload), await call(payload)];
    result.dataset.payload = payload;
    result.dataset.errors = calls.map((c) => c.error).join(' ');
    result.dataset.statuses = calls.map((c) => c.status).join(' ');
});
widget.addEventListener('statechange', (event) => {
    if (event.detail.state === 'error') result.dataset.state = 'error';
});
