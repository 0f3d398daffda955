// @ts-check
// captcha-ee browser helper: the small DOM helpers of the solvers (solvers/*.js): elements, the accessible modal
// dialog, and the loading of a provider's script. Loaded with the first solver that needs it, never by the core.
import { message } from './messages.js';
import { CaptchaError } from './shared.js';

// ---- small DOM helpers ----------------------------------------------------------------------------------------------

/**
 * The dialog of a solver: close() takes it away; cancelled rejects with CaptchaError('cancelled') on Cancel or Escape,
 * and never resolves; say(key) shows a message in its live region (nothing for '').
 * @typedef {{
 *     form: HTMLFormElement,
 *     live: HTMLElement,
 *     close: () => void,
 *     cancelled: Promise<never>,
 *     say: (key: import('./messages.js').MessageKey | '') => void,
 * }} Dialog
 */

let ids = 0;

/** A new id for an element of the helper: cee-1, cee-2, ... */
export const nextId = () => `cee-${++ids}`;

/**
 * A new element with the given properties and children.
 * @template {keyof HTMLElementTagNameMap} T
 * @param {T} tag
 * @param {Partial<HTMLElementTagNameMap[T]>} props
 * @param {...(Node | string)} children
 * @returns {HTMLElementTagNameMap[T]}
 */
export function element(tag, props, ...children) {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
}

/**
 * A modal dialog: title, help, body, live message, actions. Cancel and Escape reject with CaptchaError('cancelled').
 * @param {string} help
 * @param {HTMLElement[]} body
 * @param {HTMLElement[]} actions
 * @returns {Dialog}
 */
export function dialog(help, body, actions) {
    const id = nextId();
    const live = element('p', { id: `${id}-message`, className: 'cee-message' });
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    const cancel = element('button', { type: 'button', className: 'cee-cancel' }, message('cancel'));
    const form = element(
        'form',
        { method: 'dialog', className: 'cee-form', noValidate: true },
        element('h2', { id: `${id}-title`, className: 'cee-title' }, message('title')),
        element('p', { id: `${id}-help`, className: 'cee-help' }, help),
        ...body,
        live,
        element('div', { className: 'cee-actions' }, ...actions, cancel),
    );
    const root = element('dialog', { className: 'cee-dialog' }, form);
    root.setAttribute('aria-labelledby', `${id}-title`);
    root.setAttribute('aria-describedby', `${id}-help`);
    const opener = /** @type {HTMLElement | null} */ (document.activeElement);
    let open = true;
    const close = () => {
        open = false;
        root.close();
        root.remove();
        if (opener && opener.focus) opener.focus();
    };
    /** @type {Promise<never>} */
    const cancelled = new Promise((resolve, reject) => {
        /** @param {Event} event */
        const onCancel = (event) => {
            event.preventDefault();
            if (!open) return;
            close();
            reject(new CaptchaError('cancelled', message('cancel')));
        };
        cancel.addEventListener('click', onCancel);
        root.addEventListener('cancel', onCancel);
    });
    document.body.append(root);
    root.showModal();
    return { form, live, close, cancelled, say: (key) => (live.textContent = key && message(key)) };
}

/**
 * Loads a third-party script once; resolves with ready() when it is truthy, rejects on error or after timeout ms.
 * @template T
 * @param {string} url
 * @param {number} timeout
 * @param {() => T | undefined} ready
 * @returns {Promise<T>}
 */
export function loadScript(url, timeout, ready) {
    return new Promise((resolve, reject) => {
        const loaded = ready();
        if (loaded) return resolve(loaded);
        const script = element('script', { src: url, async: true });
        const started = Date.now();
        /** @param {Error} [error] */
        const finish = (error) => {
            clearInterval(timer);
            if (!error) return resolve(/** @type {T} */ (ready()));
            script.remove();
            reject(error);
        };
        const timer = setInterval(() => {
            if (ready()) finish();
            else if (Date.now() - started > timeout) finish(new Error(`Timed out loading ${url}`));
        }, 50);
        script.addEventListener('error', () => finish(new Error(`Could not load ${url}`)));
        document.head.append(script);
    });
}
