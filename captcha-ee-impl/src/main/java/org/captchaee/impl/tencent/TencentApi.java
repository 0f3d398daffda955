package org.captchaee.impl.tencent;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.captchaee.impl.json.JsonFactories;
import org.captchaee.impl.provider.ProviderConnection;

/**
 * One {@code DescribeCaptchaResult} call over HTTP: the signed request, the HTTP client's own timeouts, and the parsing
 * of the answer. Failures that mean an outage are thrown; everything else is returned for {@link TencentResults}.
 */
final class TencentApi {

    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final String SERVICE = "captcha";

    private final TencentSettings settings;
    private final Tc3Signer signer;
    private final ProviderConnection connection;

    TencentApi(TencentSettings settings, Clock clock) {
        this.signer = new Tc3Signer(settings.secretId(), settings.secretKey());
        this.connection = new ProviderConnection("Tencent", settings, clock);
        this.settings = settings;
    }

    TencentAnswer describe(TencentQuery query) {
        byte[] body = body(query);
        long timestamp = connection.now().getEpochSecond();
        HttpRequest.Builder request = connection
                .request()
                .header("Content-Type", CONTENT_TYPE)
                .header("X-TC-Action", "DescribeCaptchaResult")
                .header("X-TC-Version", "2019-07-22")
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .header(
                        "Authorization",
                        signer.authorization(SERVICE, connection.host(), CONTENT_TYPE, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        settings.region().ifPresent(region -> request.header("X-TC-Region", region));
        return parse(connection.http().send(request.build()));
    }

    private byte[] body(TencentQuery query) {
        JsonObjectBuilder json = JsonFactories.objectBuilder()
                .add("CaptchaType", 9)
                .add("Ticket", query.ticket())
                .add("UserIp", query.userIp())
                .add("Randstr", query.randstr())
                .add("CaptchaAppId", settings.appId())
                .add("AppSecretKey", settings.appSecretKey());
        settings.businessId().ifPresent(id -> json.add("BusinessId", id));
        settings.sceneId().ifPresent(id -> json.add("SceneId", id));
        return json.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private TencentAnswer parse(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw connection.http().httpError(response.statusCode());
        }
        JsonValue result = connection.http().jsonObject(response.body()).get("Response");
        if (!(result instanceof JsonObject fields)) {
            throw connection.http().notTheProtocol();
        }
        if (fields.get("Error") instanceof JsonObject error && error.get("Code") instanceof JsonString code) {
            return TencentAnswer.error(code.getString());
        }
        if (fields.get("CaptchaCode") instanceof JsonNumber code) {
            return TencentAnswer.code(code.intValue(), integer(fields.get("EvilLevel")));
        }
        throw connection.http().notTheProtocol();
    }

    private static Integer integer(JsonValue value) {
        return value instanceof JsonNumber number ? number.intValue() : null;
    }
}
