package org.captchaee.impl.aliyun;

/**
 * An Alibaba Cloud AccessKey pair, shared by the Captcha 2.0 and 1.0 calls.
 *
 * @param accessKeyId the AccessKey ID
 * @param accessKeySecret the AccessKey secret
 */
public record AliyunCredentials(String accessKeyId, String accessKeySecret) {

    @Override
    public String toString() {
        // the secret is never printed
        return "AliyunCredentials[accessKeyId=" + accessKeyId + "]";
    }
}
