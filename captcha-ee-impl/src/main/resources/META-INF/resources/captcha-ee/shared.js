// @ts-check
// captcha-ee browser helper: what the core (captcha-ee.js) and the solvers (solvers/*.js) share: the types, the
// settings and CaptchaError. captcha-ee.js exports configure and CaptchaError from here, and a solver imports them from
// here, so both always see the same settings and the same error class.

// ---- types ----------------------------------------------------------------------------------------------------------

/**
 * A captcha problem answer (403, JSON) as the helper reads it; a solver may read any other member.
 * @typedef {{
 *     error: 'captcha_required' | 'captcha_invalid',
 *     verifier: string,
 *     challenge?: string,
 *     [member: string]: unknown,
 * }} Problem
 */
/**
 * A solved captcha: the headers that carry it, and how many seconds it stays valid (kept for reuse when over 10).
 * @typedef {{headers: Record<string, string>, expiresIn?: number}} Solved
 */
/**
 * The front end of a verifier: shows its captcha for the problem, resolves when it is solved.
 * @typedef {(problem: Problem, settings: Settings) => Promise<Solved>} Solver
 */

/**
 * A third-party script: where it is loaded from, and how long (ms) loading it may take.
 * @typedef {{scriptUrl: string, timeout: number}} ScriptOptions
 */
/** @typedef {ScriptOptions & {appId: string | number}} TencentOptions */
/** @typedef {ScriptOptions & {prefix: string, sceneId: string, region: string}} AliyunOptions */
/** The options of reCAPTCHA, hCaptcha and Turnstile. @typedef {ScriptOptions & {siteKey: string}} WidgetOptions */
/**
 * The helper's settings, handed to every solver. Keys that configure() was given besides these are kept too, for the
 * solvers a page registers.
 * @typedef {{
 *     lang: string,
 *     onProgress: ((fraction: number) => void) | null,
 *     powTimeout: number,
 *     tencent: TencentOptions,
 *     aliyun: AliyunOptions,
 *     recaptcha: WidgetOptions,
 *     hcaptcha: WidgetOptions,
 *     turnstile: WidgetOptions,
 *     [key: string]: unknown,
 * }} Settings
 */
/**
 * What configure() takes: any of the settings; an object (tencent, aliyun, ...) is merged into the one set before.
 * @typedef {{[K in keyof Settings]?: Settings[K] extends ScriptOptions ? Partial<Settings[K]> : Settings[K]}} Options
 */
/** @typedef {'cancelled' | 'unavailable' | 'unsupported'} CaptchaErrorCode */

// ---- settings -------------------------------------------------------------------------------------------------------

/** @type {Settings} */
export const settings = {
    lang: '',
    onProgress: null,
    powTimeout: 120000,
    tencent: { appId: '', scriptUrl: 'https://turing.captcha.qcloud.com/TJCaptcha.js', timeout: 5000 },
    aliyun: {
        prefix: '',
        sceneId: '',
        region: 'cn',
        scriptUrl: 'https://o.alicdn.com/captcha-frontend/aliyunCaptcha/AliyunCaptcha.js',
        timeout: 5000,
    },
    recaptcha: { siteKey: '', scriptUrl: 'https://www.google.com/recaptcha/api.js?render=explicit', timeout: 5000 },
    hcaptcha: { siteKey: '', scriptUrl: 'https://js.hcaptcha.com/1/api.js?render=explicit', timeout: 5000 },
    turnstile: {
        siteKey: '',
        scriptUrl: 'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit',
        timeout: 5000,
    },
};

/** Why a captcha flow ended without an answer: code 'cancelled', 'unavailable' or 'unsupported'. */
export class CaptchaError extends Error {
    /**
     * @param {CaptchaErrorCode} code
     * @param {string} message
     * @param {Response} [response] the refusal that asked for the captcha
     */
    constructor(code, message, response) {
        super(message);
        this.name = 'CaptchaError';
        this.code = code;
        this.response = response;
    }
}

/**
 * Sets options; objects (tencent, aliyun, ...) are merged key by key.
 * @param {Options} [options]
 */
export function configure(options) {
    for (const [key, value] of Object.entries(options || {})) {
        const current = settings[key];
        const merge = current && typeof current === 'object';
        settings[key] = merge ? { ...current, .../** @type {object} */ (value) } : value;
    }
}
