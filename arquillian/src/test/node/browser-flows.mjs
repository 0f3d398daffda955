// Drives Debian's Chromium (playwright-core, no browser download) through a page that uses captcha-ee's browser helper,
// and prints what happened as one JSON line for the Java test to check. Only 127.0.0.1 and localhost are reached: every
// other request (Tencent's script, ...) is aborted, as on a closed network.
//
//   node browser-flows.mjs call <page url> <answers url> <out dir>          click #call, solve image dialogs, report
//   node browser-flows.mjs call-first-captcha-lost <...>                    the same, but the network drops the first
//                                                                           API request that carries a captcha
//   node browser-flows.mjs sample-login <page url> <answers url> <out dir>  the sample's adaptive login, keyboard only
//   node browser-flows.mjs sample-sms <page url> <answers url> <out dir>    the sample's SMS endpoint
//   node browser-flows.mjs altcha-widget <page url> <answers url> <out dir> click the official ALTCHA widget, let it
//                                                                           solve, report what the page did with its
//                                                                           payload
import { chromium } from 'playwright-core';
import path from 'node:path';

const [scenario, pageUrl, answersUrl, outDir] = process.argv.slice(2);
const STEP_TIMEOUT = 30000;
const ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
];

const report = { trace: [], blocked: [], consoleErrors: [], helper: [] };

function isLocal(url) {
    const { protocol, hostname } = new URL(url);
    return protocol === 'data:' || hostname === '127.0.0.1' || hostname === 'localhost';
}

async function open(browser) {
    const context = await browser.newContext({ viewport: { width: 900, height: 760 } });
    await context.route('**/*', (route) => {
        const url = route.request().url();
        if (isLocal(url)) return route.continue();
        report.blocked.push(url);
        return route.abort('connectionrefused');
    });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    page.on('console', (msg) => msg.type() === 'error' && report.consoleErrors.push(msg.text()));
    // the browser helper's files the page fetched: a solver module only when a problem names its verifier
    page.on('request', (request) => {
        const [, file] = /\/captcha-ee\/(.+)$/.exec(new URL(request.url()).pathname) || [];
        if (file && !report.helper.includes(file)) report.helper.push(file);
    });
    page.on('pageerror', (error) => report.consoleErrors.push(String(error)));
    page.on('response', (response) => {
        const { pathname } = new URL(response.url());
        if (!pathname.includes('/api/') || pathname.includes('/api/test-answers')) return;
        const headers = response.request().headers();
        const captcha = Object.fromEntries(Object.entries(headers).filter(([name]) => name.startsWith('x-captcha-')));
        report.trace.push({ path: pathname, status: response.status(), captcha });
    });
    await page.goto(pageUrl);
    return page;
}

/** The answer of the image on show: the test WAR's answer endpoint, read after the picture arrived. */
async function answerOf(page, previousSrc) {
    await page.waitForFunction(
        (before) => {
            const image = document.querySelector('dialog[open] .cee-image');
            return image && image.src.startsWith('data:') && image.src !== before;
        },
        previousSrc,
    );
    const answer = await page.request.get(answersUrl);
    return (await answer.text()).trim();
}

const imageSrc = (page) => page.$eval('dialog[open] .cee-image', (image) => image.src);
const focused = (page) => page.evaluate(() => document.activeElement && document.activeElement.className);
const live = (page) => page.$eval('dialog[open] .cee-message', (node) => node.textContent);

/** Solves the open image dialog with the mouse and fill(). */
async function solveByFill(page) {
    const answer = await answerOf(page, '');
    await page.fill('dialog[open] .cee-answer', answer);
    await page.click('dialog[open] .cee-submit');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
}

async function call(page) {
    await page.click('#call:not([disabled])');
    report.dialogs = 0;
    report.titles = [];
    for (let step = 0; step < 5; step++) {
        const next = await Promise.race([
            page.waitForSelector('#result[data-status]').then(() => 'done'),
            page.waitForSelector('dialog[open] .cee-answer').then(() => 'dialog'),
        ]);
        if (next === 'done') break;
        report.dialogs++;
        report.titles.push(await page.textContent('dialog[open] .cee-title'));
        await solveByFill(page);
    }
    // a retry loop would show up as more calls: give it time to happen
    await page.waitForTimeout(1000);
    Object.assign(
        report,
        await page.$eval('#result', (node) => ({ ...node.dataset })),
        await page.evaluate(() => ({ violations: window.cspViolations, progress: window.powProgress })),
    );
}

/** As call, but the first API request carrying a captcha never reaches the server: reported as 'dropped'. */
async function callFirstCaptchaLost(page) {
    await page.route('**/api/browser/**', (route) => {
        const request = route.request();
        const captcha = Object.fromEntries(Object.entries(request.headers()).filter(([name]) => name.startsWith('x-captcha-')));
        if (report.dropped || Object.keys(captcha).length === 0) return route.fallback();
        report.dropped = { path: new URL(request.url()).pathname, captcha };
        return route.abort('connectionreset');
    });
    await call(page);
}

/** Submits a sample form and waits for its output; returns the text, or 'dialog' when the captcha dialog opened. */
async function submit(page, form, output) {
    await page.$eval(output, (node) => (node.textContent = ''));
    await page.click(`${form} button[type=submit]`);
    return Promise.race([
        page.waitForFunction((sel) => /^[^…]/.test(document.querySelector(sel).textContent), output).then(() =>
            page.textContent(output),
        ),
        page.waitForSelector('dialog[open] .cee-answer').then(() => 'dialog'),
    ]);
}

async function outputAfterDialog(page, output) {
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    await page.waitForFunction((sel) => /^[^…]/.test(document.querySelector(sel).textContent), output);
    return page.textContent(output);
}

async function sampleLogin(page) {
    report.outputs = [];
    await page.fill('#login-form input[name=password]', 'guess');
    for (let i = 1; i <= 5; i++) report.outputs.push(await submit(page, '#login-form', '#login-result'));
    // keyboard only from here: the dialog has the focus
    const keys = {};
    await answerOf(page, '');
    keys.afterOpen = await focused(page);
    keys.dialogTitle = await page.$eval('dialog[open]', (d) => document.getElementById(d.getAttribute('aria-labelledby')).textContent);
    keys.liveRegion = await page.$eval('dialog[open] .cee-message', (node) => node.getAttribute('aria-live'));
    let src = await imageSrc(page);
    await page.keyboard.type('wrong');
    await page.keyboard.press('Enter');
    await answerOf(page, src);
    keys.afterWrong = await live(page);
    keys.focusAfterWrong = await focused(page);
    src = await imageSrc(page);
    await page.keyboard.press('Shift+Tab');
    keys.afterShiftTab = await focused(page);
    await page.keyboard.press('Enter');
    const answer = await answerOf(page, src);
    keys.afterRefresh = await live(page);
    keys.focusAfterRefresh = await focused(page);
    await page.keyboard.type(answer);
    await page.keyboard.press('Enter');
    report.outputs.push(await outputAfterDialog(page, '#login-result'));
    report.keys = keys;
    // the right password: still past five failures, so the captcha again; the screenshot shows the dialog
    await page.fill('#login-form input[name=password]', 'wonderland');
    report.outputs.push(await submit(page, '#login-form', '#login-result'));
    await page.keyboard.type(await answerOf(page, ''));
    report.screenshot = path.join(outDir, 'sample-page.png');
    await page.screenshot({ path: report.screenshot });
    await page.keyboard.press('Enter');
    report.outputs.push(await outputAfterDialog(page, '#login-result'));
}

async function sampleSms(page) {
    report.outputs = [];
    for (let i = 1; i <= 4; i++) report.outputs.push(await submit(page, '#sms-form', '#sms-result'));
    await solveByFill(page);
    report.outputs.push(await outputAfterDialog(page, '#sms-result'));
}

/** The widget's own time limit is 90 s; a solve of the default settings takes about a second on two cores. */
const WIDGET_TIMEOUT = 60000;

async function altchaWidget(page) {
    // the label ("I'm not a robot"): the check mark drawn over the box takes clicks at its centre
    await page.click('altcha-widget .altcha-checkbox-wrap label');
    await page.waitForSelector('#result[data-statuses], #result[data-state]', {
        state: 'attached',
        timeout: WIDGET_TIMEOUT,
    });
    Object.assign(
        report,
        await page.$eval('#result', (node) => ({ ...node.dataset })),
        await page.evaluate(() => ({ violations: window.cspViolations })),
    );
}

const scenarios = {
    call,
    'altcha-widget': altchaWidget,
    'call-first-captcha-lost': callFirstCaptchaLost,
    'sample-login': sampleLogin,
    'sample-sms': sampleSms,
};

const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ARGS,
    timeout: STEP_TIMEOUT,
});
try {
    const page = await open(browser);
    await scenarios[scenario](page);
} catch (error) {
    report.failure = String((error && error.stack) || error);
} finally {
    await browser.close();
}
console.log(JSON.stringify(report));
