package org.captchaee.impl.aliyun;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.captchaee.impl.provider.ProviderConnection;

/**
 * One Captcha 2.0 {@code VerifyIntelligentCaptcha} call (version 2023-03-05) over HTTP: the form body with the
 * CaptchaVerifyParam forwarded byte for byte and the configured SceneId, signed with ACS3-HMAC-SHA256 as the SDK signs
 * it, and the parsing of the answer. Failures that mean an outage are thrown; everything else is returned for
 * {@link AliyunResults}.
 */
final class IntelligentCaptchaApi {

    static final String ACTION = "VerifyIntelligentCaptcha";
    static final String VERSION = "2023-03-05";

    private final AliyunSettings settings;
    private final Acs3Signer signer;
    private final ProviderConnection connection;

    IntelligentCaptchaApi(AliyunSettings settings, Clock clock) {
        this.settings = settings;
        this.signer = new Acs3Signer(
                settings.credentials().accessKeyId(), settings.credentials().accessKeySecret());
        this.connection = new ProviderConnection("Alibaba Cloud", settings, clock);
    }

    AliyunAnswer verify(String captchaVerifyParam) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("CaptchaVerifyParam", captchaVerifyParam);
        form.put("SceneId", settings.sceneId());
        Acs3Request signed = Acs3Request.formPost(
                connection.host(), ACTION, VERSION, connection.now(), AliyunEncoding.newNonce(), form);
        HttpRequest.Builder request = connection
                .request()
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body()));
        signer.sign(signed).forEach(request::header);
        return parse(connection.http().send(request.build()));
    }

    private AliyunAnswer parse(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return GatewayErrors.read(connection.http(), response);
        }
        JsonObject body = connection.http().jsonObject(response.body());
        if (body.get("Code") instanceof JsonString code && !"Success".equals(code.getString())) {
            return AliyunAnswer.error(200, code.getString());
        }
        if (body.get("Result") instanceof JsonObject result
                && result.get("VerifyCode") instanceof JsonString verifyCode
                && isBoolean(result.get("VerifyResult"))) {
            return AliyunAnswer.result(verifyCode.getString(), result.get("VerifyResult") == JsonValue.TRUE, "");
        }
        throw connection.http().notTheProtocol();
    }

    private static boolean isBoolean(JsonValue value) {
        return value == JsonValue.TRUE || value == JsonValue.FALSE;
    }
}
