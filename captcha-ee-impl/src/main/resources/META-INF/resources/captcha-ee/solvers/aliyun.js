// @ts-check
// captcha-ee browser helper, solver of Alibaba Cloud Captcha 2.0 (verifier 'aliyun'): loads AliyunCaptcha.js and
// shows its popup, or sends this library's disaster token when it cannot. Loaded by captcha-ee.js on first use.
import { element, loadScript, nextId } from '../dom.js';
import { CaptchaError } from '../shared.js';

/**
 * What initAliyunCaptcha takes, as this solver uses it.
 * @typedef {{
 *     SceneId: string,
 *     mode: 'popup',
 *     element: string,
 *     button: string,
 *     success: (captchaVerifyParam: string) => void,
 *     fail: () => void,
 *     getInstance: () => void,
 *     onError: () => void,
 * }} AliyunInit
 */
/**
 * The globals of AliyunCaptcha.js: the configuration it reads, and the function it defines.
 * @typedef {Window & {
 *     AliyunCaptchaConfig?: {region: string, prefix: string},
 *     initAliyunCaptcha?: (init: AliyunInit) => void,
 * }} AliyunWindow
 */
/** @typedef {import('../shared.js').Solved} Solved */

// ---- Alibaba Cloud Captcha 2.0 --------------------------------------------------------------------------------------

/**
 * This library's disaster token for Alibaba Cloud, made when its script cannot load or run
 * (docs/reference/verifiers/aliyun.md: Disaster tokens).
 * @param {string} sceneId
 * @returns {Solved}
 */
function aliyunDisaster(sceneId) {
    return { headers: { 'X-Captcha-Token': `aliyun_error_1001_${sceneId}_${Math.floor(Date.now() / 1000)}` } };
}

/** @type {import('../shared.js').Solver} */
export async function aliyun(problem, { aliyun: options }) {
    if (!options.sceneId) throw new CaptchaError('unsupported', 'configure({aliyun: {prefix, sceneId}}) first');
    const page = /** @type {AliyunWindow} */ (window);
    page.AliyunCaptchaConfig = { region: options.region, prefix: options.prefix };
    let init;
    try {
        init = await loadScript(options.scriptUrl, options.timeout, () => page.initAliyunCaptcha);
    } catch (error) {
        return aliyunDisaster(options.sceneId);
    }
    const id = nextId();
    const host = element('div', { id, className: 'cee-aliyun' });
    const button = element('button', { id: `${id}-button`, type: 'button', hidden: true });
    document.body.append(host, button);
    try {
        return await new Promise((resolve) => {
            /** @type {ReturnType<typeof setTimeout> | undefined} */
            let failed;
            const disaster = () => resolve(aliyunDisaster(options.sceneId));
            try {
                init({
                    SceneId: options.sceneId,
                    mode: 'popup',
                    element: `#${id}`,
                    button: `#${id}-button`,
                    success: (param) => {
                        clearTimeout(failed);
                        resolve({ headers: { 'X-Captcha-Token': param } });
                    },
                    fail: () => {}, // Alibaba refreshes the captcha itself
                    getInstance: () => button.click(),
                    // after onError, Alibaba's V2 front end may still hand success() a parameter (the server answers
                    // F023 to it and asks for the fallback captcha); if none comes in time, this library's disaster
                    // token goes
                    onError: () => {
                        failed = failed || setTimeout(disaster, options.timeout);
                    },
                });
            } catch (error) {
                disaster();
            }
        });
    } finally {
        host.remove();
        button.remove();
    }
}
