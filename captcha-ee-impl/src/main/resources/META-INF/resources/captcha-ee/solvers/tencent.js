// @ts-check
// captcha-ee browser helper, solver of Tencent Cloud Captcha (verifier 'tencent'): loads TJCaptcha.js and shows
// Tencent's captcha, or makes Tencent's disaster ticket when it cannot. Loaded by captcha-ee.js on first use.
import { loadScript } from '../dom.js';
import { message } from '../messages.js';
import { CaptchaError } from '../shared.js';

/**
 * What Tencent's captcha hands its callback; a ticket means an answer (ret 2 without a ticket: closed by the user).
 * @typedef {{ret: number, ticket?: string, randstr?: string, errorCode?: number, errorMessage?: string}} TencentResult
 */
/**
 * The constructor TJCaptcha.js defines.
 * @typedef {new (appId: string, callback: (result: TencentResult) => void, options: object) => {show(): void}} Tencent
 */

// ---- Tencent Cloud Captcha, with the seeds' disaster-recovery ticket ------------------------------------------------

/**
 * Tencent's business disaster-recovery ticket, made when its script cannot load or run (error code 1001).
 * @param {string | number} appId
 * @returns {TencentResult}
 */
function tencentDisaster(appId) {
    return {
        ret: 0,
        ticket: `trerror_1001_${appId}_${Math.floor(new Date().getTime() / 1000)}`,
        randstr: '@' + Math.random().toString(36).substr(2),
        errorCode: 1001,
        errorMessage: 'jsload_error',
    };
}

/** @type {import('../shared.js').Solver} */
export async function tencent(problem, { tencent: options }) {
    if (!options.appId) throw new CaptchaError('unsupported', 'configure({tencent: {appId}}) first');
    const page = /** @type {Window & {TencentCaptcha?: Tencent}} */ (window);
    /** @type {TencentResult} */
    let result;
    try {
        const TencentCaptcha = await loadScript(options.scriptUrl, options.timeout, () => page.TencentCaptcha);
        result = await new Promise((resolve) => new TencentCaptcha(String(options.appId), resolve, {}).show());
    } catch (error) {
        result = tencentDisaster(options.appId);
    }
    // decide on ticket and errorCode, not on ret: Tencent's own disaster tickets come with ret 0 and an errorCode
    if (!result.ticket) throw new CaptchaError('cancelled', message('cancel'));
    return { headers: { 'X-Captcha-Ticket': result.ticket, 'X-Captcha-Randstr': String(result.randstr) } };
}
