// @ts-check
// captcha-ee browser helper: the messages of the dialogs and of the progress box, in English and Simplified Chinese.
import { settings } from './shared.js';

// ---- messages -------------------------------------------------------------------------------------------------------

const EN = {
    title: 'Are you human?',
    help: 'Type the characters in the picture. Case does not matter.',
    image: 'Captcha picture: characters to type',
    answer: 'Characters',
    refresh: 'New picture',
    submit: 'Continue',
    cancel: 'Cancel',
    loading: 'Loading a picture…',
    loaded: 'New picture loaded.',
    wrong: 'That was not right. Here is a new picture.',
    empty: 'Please type the characters in the picture.',
    unreachable: 'The captcha service did not answer. Please try again.',
    working: 'Checking your browser… {0}%',
    widget: 'Please complete the check.',
};
/** @typedef {keyof typeof EN} MessageKey */

/** @type {Record<MessageKey, string>} */
const ZH_CN = {
    title: '请完成人机验证',
    help: '请输入图片中的字符，不区分大小写。',
    image: '验证码图片：需要输入的字符',
    answer: '字符',
    refresh: '换一张',
    submit: '继续',
    cancel: '取消',
    loading: '正在加载图片…',
    loaded: '已换一张新图片。',
    wrong: '输入不正确，已换一张新图片。',
    empty: '请输入图片中的字符。',
    unreachable: '验证码服务没有响应，请重试。',
    working: '正在检查浏览器… {0}%',
    widget: '请完成验证。',
};

/**
 * The message in the configured language (en or zh-CN), with {0} replaced.
 * @param {MessageKey} key
 * @param {string | number} [arg]
 * @returns {string}
 */
export function message(key, arg) {
    const lang = settings.lang || document.documentElement.lang || navigator.language || 'en';
    const table = lang.toLowerCase().startsWith('zh') ? ZH_CN : EN;
    return table[key].replace('{0}', String(arg));
}
