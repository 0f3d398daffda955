package org.captchaee.impl.tencent;

/**
 * What Tencent answered: a CaptchaCode, or an API error code in {@code Response.Error.Code}.
 *
 * @param captchaCode the CaptchaCode, or null for an error
 * @param evilLevel the EvilLevel, or null
 * @param errorCode the API error code, or null
 */
public record TencentAnswer(Integer captchaCode, Integer evilLevel, String errorCode) {

    /**
     * A business answer.
     *
     * @param captchaCode the code
     * @param evilLevel the EvilLevel, or null
     * @return the answer
     */
    public static TencentAnswer code(int captchaCode, Integer evilLevel) {
        return new TencentAnswer(captchaCode, evilLevel, null);
    }

    /**
     * An API error.
     *
     * @param errorCode the error code
     * @return the answer
     */
    public static TencentAnswer error(String errorCode) {
        return new TencentAnswer(null, null, errorCode);
    }
}
