package org.captchaee.impl.tencent;

/**
 * What is asked of Tencent for one captcha.
 *
 * @param ticket the ticket from the front end
 * @param randstr the random string from the front end
 * @param userIp the resolved client IP
 */
public record TencentQuery(String ticket, String randstr, String userIp) {

    @Override
    public String toString() {
        // tickets are never printed
        return "TencentQuery[userIp=" + userIp + "]";
    }
}
