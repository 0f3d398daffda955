package org.captchaee.impl.aliyun;

import java.net.http.HttpResponse;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.captchaee.impl.provider.ProviderHttp;
import org.captchaee.spi.CaptchaUnavailableException;

/**
 * Reads the OpenAPI gateway's error answer, the same for every Alibaba Cloud API: an HTTP status other than 200 with
 * {@code {"RequestId", "HostId", "Code", "Message", "Recommend"}}.
 */
final class GatewayErrors {

    private GatewayErrors() {}

    /**
     * The error of an answer whose status is not 200.
     *
     * @param http the provider's HTTP side
     * @param response the answer
     * @return the error code and status
     * @throws CaptchaUnavailableException if the body carries no error code (an HTML page from a proxy, say)
     */
    static AliyunAnswer read(ProviderHttp http, HttpResponse<String> response) {
        JsonObject body;
        try {
            body = http.jsonObject(response.body());
        } catch (CaptchaUnavailableException e) {
            throw http.httpError(response.statusCode());
        }
        if (body.get("Code") instanceof JsonString code && !code.getString().isEmpty()) {
            return AliyunAnswer.error(response.statusCode(), code.getString());
        }
        throw http.httpError(response.statusCode());
    }
}
