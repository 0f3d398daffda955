// @ts-check
// captcha-ee browser helper, solvers of reCAPTCHA, hCaptcha and Turnstile (verifiers 'recaptcha', 'hcaptcha',
// 'turnstile'): each renders its provider's widget in a dialog and sends its token. Loaded on first use.
import { dialog, element, loadScript } from '../dom.js';
import { message } from '../messages.js';
import { CaptchaError } from '../shared.js';

/**
 * The render() of the three providers' scripts (explicit rendering), as these solvers use it.
 * @typedef {{
 *     render(container: HTMLElement, options: {
 *         sitekey: string,
 *         callback: (token: string) => void,
 *         'error-callback': () => void,
 *     }): unknown,
 * }} WidgetApi
 */
/**
 * The globals the three scripts define; render() may come a little after its object.
 * @typedef {Partial<WidgetApi> | undefined} Global
 * @typedef {Window & {grecaptcha?: Global, hcaptcha?: Global, turnstile?: Global}} WidgetWindow
 */
/** @typedef {import('../shared.js').Solver} Solver */

// ---- reCAPTCHA, hCaptcha, Turnstile: render the widget, read its token ----------------------------------------------

/**
 * The solver of a widget: its settings are settings[name], its script defines window[global].
 * @param {'recaptcha' | 'hcaptcha' | 'turnstile'} name
 * @param {'grecaptcha' | 'hcaptcha' | 'turnstile'} global
 * @returns {Solver}
 */
function widget(name, global) {
    return async (problem, all) => {
        const options = all[name];
        const page = /** @type {WidgetWindow} */ (window);
        /** @type {() => WidgetApi | undefined} */
        const ready = () => (page[global] && page[global].render ? /** @type {WidgetApi} */ (page[global]) : undefined);
        const api = await loadScript(options.scriptUrl, options.timeout, ready);
        const slot = element('div', { className: 'cee-widget' });
        const ui = dialog(message('widget'), [slot], []);
        /** @type {Promise<import('../shared.js').Solved>} */
        const token = new Promise((resolve, reject) =>
            api.render(slot, {
                sitekey: options.siteKey,
                callback: (value) => {
                    ui.close();
                    resolve({ headers: { 'X-Captcha-Token': value } });
                },
                'error-callback': () => {
                    ui.close();
                    reject(new CaptchaError('unavailable', `${name} failed`));
                },
            }),
        );
        return Promise.race([token, ui.cancelled]);
    };
}

export const recaptcha = widget('recaptcha', 'grecaptcha');
export const hcaptcha = widget('hcaptcha', 'hcaptcha');
export const turnstile = widget('turnstile', 'turnstile');
