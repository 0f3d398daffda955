// The image captcha flow of captcha-ee in plain JavaScript: call the API; on captcha_required or captcha_invalid show
// a challenge, trade the answer for a captcha token, and repeat the call once with it.

const API = 'api';
// where image challenges come from; a captcha_required answer names it in 'challenge'
let captchaEndpoint = `${API}/captcha/image`;

const dialog = document.getElementById('captcha-dialog');
const image = document.getElementById('captcha-image');
const answer = document.getElementById('captcha-answer');
const message = document.getElementById('captcha-message');

let challengeToken = null;

async function postJson(url, body, headers = {}) {
    const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
    });
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { json = null; }
    return { status: response.status, json };
}

function showChallenge(challenge) {
    challengeToken = challenge.token;
    image.src = challenge.image;
    answer.value = '';
    answer.focus();
}

async function newChallenge() {
    const previous = challengeToken;
    const { status, json } = previous
        ? await postJson(`${captchaEndpoint}/refresh`, { token: previous })
        : await postJson(captchaEndpoint, {});
    if (status !== 200) throw new Error('The captcha service did not answer.');
    showChallenge(json);
}

// Shows the dialog until the user gives a right answer (resolves with a captcha token) or cancels (resolves null).
function solveCaptcha() {
    challengeToken = null;
    message.textContent = '';
    return new Promise((resolve) => {
        const form = document.getElementById('captcha-form');
        const finish = (token) => {
            form.onsubmit = null;
            dialog.close();
            resolve(token);
        };
        document.getElementById('captcha-cancel').onclick = () => finish(null);
        document.getElementById('captcha-refresh').onclick = () => newChallenge();
        form.onsubmit = async (event) => {
            event.preventDefault();
            const { status, json } = await postJson(`${captchaEndpoint}/verify`, {
                token: challengeToken,
                answer: answer.value,
            });
            if (status === 200) {
                finish(json.captcha_token);
                return;
            }
            message.textContent = 'That was not right. Here is a new picture.';
            challengeToken = null; // a challenge takes one answer: the next one is new
            await newChallenge();
        };
        dialog.showModal();
        newChallenge();
    });
}

// Calls a protected endpoint; shows a captcha when asked for one and repeats the call once with its token.
async function callProtected(url, body) {
    let answer = await postJson(url, body);
    const error = answer.json && answer.json.error;
    if (answer.status === 403 && (error === 'captcha_required' || error === 'captcha_invalid')) {
        if (answer.json.challenge) captchaEndpoint = answer.json.challenge;
        const token = await solveCaptcha();
        if (!token) return { status: 0, json: { detail: 'Cancelled.' } };
        answer = await postJson(url, body, { 'X-Captcha-Token': token });
    }
    return answer;
}

function show(output, { status, json }) {
    const ok = status >= 200 && status < 300;
    output.className = ok ? 'ok' : 'error';
    output.textContent = ok
        ? (json.message || 'Done.')
        : `${status || ''} ${(json && (json.detail || json.error)) || 'Failed.'}`.trim();
}

function wire(formId, outputId, url, bodyOf) {
    const form = document.getElementById(formId);
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const output = document.getElementById(outputId);
        output.textContent = '…';
        show(output, await callProtected(url, bodyOf(new FormData(form))));
    });
}

wire('login-form', 'login-result', `${API}/login`, (data) => ({
    username: data.get('username'),
    password: data.get('password'),
}));
wire('sms-form', 'sms-result', `${API}/sms-code`, (data) => ({ phone: data.get('phone') }));
