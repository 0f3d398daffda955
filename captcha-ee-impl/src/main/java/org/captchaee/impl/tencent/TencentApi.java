package org.captchaee.impl.tencent;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.LongSupplier;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaUnavailableException;

/**
 * One {@code DescribeCaptchaResult} call over HTTP: the signed request, the HTTP client's own timeouts, and the parsing
 * of the answer. Failures that mean an outage are thrown; everything else is returned for {@link TencentResults}.
 */
final class TencentApi {

    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final String SERVICE = "captcha";
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(1);

    private final TencentSettings settings;
    private final Tc3Signer signer;
    private final HttpClient http;
    private final URI uri;
    private final String host;
    private final LongSupplier clockSeconds;

    TencentApi(TencentSettings settings, LongSupplier clockSeconds) {
        this.settings = settings;
        this.signer = new Tc3Signer(settings.secretId(), settings.secretKey());
        this.clockSeconds = clockSeconds;
        this.uri = settings.endpoint().resolve("/");
        this.host = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        Duration connectTimeout =
                settings.timeout().compareTo(MAX_CONNECT_TIMEOUT) < 0 ? settings.timeout() : MAX_CONNECT_TIMEOUT;
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    TencentAnswer describe(TencentQuery query) {
        byte[] body = body(query);
        long timestamp = clockSeconds.getAsLong();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("Content-Type", CONTENT_TYPE)
                .header("X-TC-Action", "DescribeCaptchaResult")
                .header("X-TC-Version", "2019-07-22")
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .header("Authorization", signer.authorization(SERVICE, host, CONTENT_TYPE, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        settings.region().ifPresent(region -> request.header("X-TC-Region", region));
        return parse(send(request.build()));
    }

    private byte[] body(TencentQuery query) {
        JsonObjectBuilder json = Json.createObjectBuilder()
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

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new CaptchaUnavailableException(
                    VerdictReason.TIMEOUT, "connect-timeout", "no connection to Tencent", e);
        } catch (HttpTimeoutException e) {
            throw new CaptchaUnavailableException(VerdictReason.TIMEOUT, "read-timeout", "Tencent did not answer", e);
        } catch (ConnectException e) {
            throw new RequestNotSentException(e);
        } catch (IOException e) {
            throw new CaptchaUnavailableException(
                    VerdictReason.PROVIDER_ERROR, "io-error", "the call to Tencent failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaptchaUnavailableException(VerdictReason.TIMEOUT, "interrupted", "the call was interrupted", e);
        }
    }

    private static TencentAnswer parse(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new CaptchaUnavailableException(
                    VerdictReason.PROVIDER_ERROR,
                    "HTTP " + response.statusCode(),
                    "Tencent answered an HTTP error",
                    null);
        }
        JsonValue root;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            root = reader.readValue();
        } catch (JsonException e) {
            throw notTheProtocol();
        }
        JsonValue result = root instanceof JsonObject object ? object.get("Response") : null;
        if (!(result instanceof JsonObject fields)) {
            throw notTheProtocol();
        }
        if (fields.get("Error") instanceof JsonObject error && error.get("Code") instanceof JsonString code) {
            return TencentAnswer.error(code.getString());
        }
        if (fields.get("CaptchaCode") instanceof JsonNumber code) {
            return TencentAnswer.code(code.intValue(), integer(fields.get("EvilLevel")));
        }
        throw notTheProtocol();
    }

    private static CaptchaUnavailableException notTheProtocol() {
        return new CaptchaUnavailableException(
                VerdictReason.PROVIDER_ERROR, "bad-response", "Tencent's answer is not its protocol", null);
    }

    private static Integer integer(JsonValue value) {
        return value instanceof JsonNumber number ? number.intValue() : null;
    }
}
