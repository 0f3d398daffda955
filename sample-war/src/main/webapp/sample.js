// The sample's page: both forms call their endpoint through captcha-ee's browser helper, which the library's jar
// serves at captcha-ee/captcha-ee.js. When the API answers captcha_required, the helper shows the captcha the answer
// names, then repeats the call with the captcha's headers (after captcha_invalid at most once).
import { CaptchaError, captchaFetch, configure } from './captcha-ee/captcha-ee.js';

// ?lang=zh-CN shows the captcha in Simplified Chinese
configure({ lang: new URLSearchParams(location.search).get('lang') || 'en' });

async function postJson(url, body) {
    try {
        const response = await captchaFetch(url, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
        });
        return { status: response.status, json: await response.json().catch(() => null) };
    } catch (error) {
        if (error instanceof CaptchaError) return { status: 0, json: { detail: error.message } };
        return { status: 0, json: { detail: 'The server did not answer.' } };
    }
}

function show(output, { status, json }) {
    const ok = status >= 200 && status < 300;
    output.className = ok ? 'ok' : 'error';
    output.textContent = ok
        ? (json && json.message) || 'Done.'
        : `${status || ''} ${(json && (json.detail || json.error)) || 'Failed.'}`.trim();
}

function wire(formId, outputId, url, bodyOf) {
    const form = document.getElementById(formId);
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const output = document.getElementById(outputId);
        output.textContent = '…';
        show(output, await postJson(url, bodyOf(new FormData(form))));
    });
}

wire('login-form', 'login-result', 'api/login', (data) => ({
    username: data.get('username'),
    password: data.get('password'),
}));
wire('sms-form', 'sms-result', 'api/sms-code', (data) => ({ phone: data.get('phone') }));
