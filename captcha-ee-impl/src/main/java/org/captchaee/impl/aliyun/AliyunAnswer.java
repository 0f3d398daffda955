package org.captchaee.impl.aliyun;

/**
 * What Alibaba Cloud answered: a business result (a Captcha 2.0 VerifyCode, or a Captcha 1.0 Code), or a gateway error
 * code with its HTTP status.
 *
 * @param errorCode the gateway error code ({@code InternalError}, {@code SignatureDoesNotMatch}, ...), or null
 * @param httpStatus the HTTP status of the answer
 * @param resultCode the VerifyCode ({@code T001}, {@code F008}) or the 1.0 Code ({@code 100}, {@code 900}), or null
 * @param passed whether the result says the captcha passed ({@code Result.VerifyResult}, or Code 100)
 * @param message the 1.0 {@code Msg}, which tells failures apart; empty for Captcha 2.0
 */
public record AliyunAnswer(String errorCode, int httpStatus, String resultCode, boolean passed, String message) {

    /**
     * A gateway error.
     *
     * @param httpStatus the HTTP status
     * @param errorCode the error code
     * @return the answer
     */
    public static AliyunAnswer error(int httpStatus, String errorCode) {
        return new AliyunAnswer(errorCode, httpStatus, null, false, "");
    }

    /**
     * A business result.
     *
     * @param resultCode the VerifyCode or 1.0 Code
     * @param passed whether it passed
     * @param message the 1.0 message, empty for Captcha 2.0
     * @return the answer
     */
    public static AliyunAnswer result(String resultCode, boolean passed, String message) {
        return new AliyunAnswer(null, 200, resultCode, passed, message);
    }
}
