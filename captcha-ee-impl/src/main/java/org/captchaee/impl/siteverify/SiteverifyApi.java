package org.captchaee.impl.siteverify;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.StringJoiner;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.captchaee.VerdictReason;
import org.captchaee.impl.provider.ProviderHttp;
import org.captchaee.spi.CaptchaUnavailableException;

/**
 * One siteverify call over HTTP: the form ({@code secret}, {@code response}, {@code remoteip}, and the provider's
 * {@code sitekey} or {@code idempotency_key}), the HTTP client's own timeouts, and the strict reading of the answer.
 * Failures that mean an outage are thrown; every answer of the protocol is returned for {@link SiteverifyResults}.
 *
 * <p>HTTP 429 and 503 are the provider being busy, other 5xx statuses an error of its own. A 4xx answer that carries a
 * siteverify body is read like a 200, so that no token a client chooses can turn a rejection into an outage.
 */
final class SiteverifyApi {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final SiteverifySettings settings;
    private final ProviderHttp http;

    SiteverifyApi(SiteverifySettings settings) {
        this.settings = settings;
        this.http = new ProviderHttp(settings.dialect().provider(), settings.timeout(), settings.proxy());
    }

    SiteverifyAnswer verify(SiteverifyQuery query) {
        HttpRequest request = http.request(settings.endpoint())
                .header("Content-Type", FORM)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(query), StandardCharsets.UTF_8))
                .build();
        return parse(http.send(request));
    }

    private String form(SiteverifyQuery query) {
        StringJoiner form = new StringJoiner("&");
        field(form, "secret", settings.secret());
        field(form, "response", query.token());
        field(form, "remoteip", query.remoteIp());
        settings.sitekey().ifPresent(sitekey -> field(form, "sitekey", sitekey));
        query.idempotencyKey().ifPresent(key -> field(form, "idempotency_key", key));
        return form.toString();
    }

    private static void field(StringJoiner form, String name, String value) {
        form.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private SiteverifyAnswer parse(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 429 || status == 503) {
            throw new CaptchaUnavailableException(
                    VerdictReason.PROVIDER_BUSY,
                    "HTTP " + status,
                    settings.dialect().provider() + " is too busy to answer",
                    null);
        }
        if (status != 200 && status / 100 != 4) {
            throw http.httpError(status);
        }
        JsonObject body = http.jsonObject(response.body());
        JsonValue success = body.get("success");
        if (success != JsonValue.TRUE && success != JsonValue.FALSE) {
            throw http.notTheProtocol();
        }
        return new SiteverifyAnswer(
                success == JsonValue.TRUE,
                errorCodes(body.get("error-codes")),
                text(body.get("hostname")),
                settings.dialect().scored() ? text(body.get("action")) : Optional.empty(),
                settings.dialect().scored() ? score(body.get("score")) : OptionalDouble.empty());
    }

    private List<String> errorCodes(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw http.notTheProtocol();
        }
        List<String> codes = new ArrayList<>();
        for (JsonValue code : array) {
            if (!(code instanceof JsonString text)) {
                throw http.notTheProtocol();
            }
            codes.add(text.getString());
        }
        return List.copyOf(codes);
    }

    private Optional<String> text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString text) {
            return Optional.of(text.getString());
        }
        throw http.notTheProtocol();
    }

    private OptionalDouble score(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return OptionalDouble.empty();
        }
        if (value instanceof JsonNumber number) {
            return OptionalDouble.of(number.doubleValue());
        }
        throw http.notTheProtocol();
    }
}
