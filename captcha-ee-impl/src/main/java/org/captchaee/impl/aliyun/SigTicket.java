package org.captchaee.impl.aliyun;

/**
 * What the Captcha 1.0 front end hands over after a solved captcha, and the client's IP.
 *
 * @param sessionId the session id
 * @param sig the signature string
 * @param token the request's unique token
 * @param remoteIp the resolved client IP
 */
public record SigTicket(String sessionId, String sig, String token, String remoteIp) {

    @Override
    public String toString() {
        // tickets are never printed
        return "SigTicket[remoteIp=" + remoteIp + "]";
    }
}
