package org.captchaee.impl.provider;

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

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.captchaee.VerdictReason;
import org.captchaee.impl.json.JsonFactories;
import org.captchaee.spi.CaptchaUnavailableException;

/**
 * The HTTP side of every call to a captcha provider: one {@link HttpClient} whose own timeouts follow the call's time
 * budget (so no thread outlives the Fault Tolerance timeout), the provider's outbound proxy, no redirects, HTTP/1.1,
 * and the translation of transport failures into outages. A refused connection becomes {@link RequestNotSentException},
 * the one failure that is safe to retry; a proxy that refuses our credentials becomes {@link ProxyRefusedException}.
 */
public final class ProviderHttp {

    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final int PROXY_AUTHENTICATION_REQUIRED = 407;

    private final String provider;
    private final Duration timeout;
    private final OutboundProxy proxy;
    private final HttpClient http;

    /**
     * Creates the HTTP side of one provider's calls.
     *
     * @param provider the provider's name, for messages ({@code Tencent}, {@code Alibaba Cloud})
     * @param timeout the time budget of one call
     * @param proxy how the provider is reached
     */
    public ProviderHttp(String provider, Duration timeout, OutboundProxy proxy) {
        this.provider = provider;
        this.timeout = timeout;
        this.proxy = proxy;
        Duration connectTimeout = timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1);
        proxy.configure(builder);
        this.http = builder.build();
    }

    /**
     * A request builder for a URL, with the call's timeout and the proxy's credentials already set.
     *
     * @param uri the URL
     * @return the builder
     */
    public HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout);
        proxy.authorize(request, uri);
        return request;
    }

    /**
     * Sends a request and reads the whole answer as UTF-8 text.
     *
     * @param request the request
     * @return the answer, whatever its status but 407
     * @throws RequestNotSentException if the connection was refused
     * @throws ProxyRefusedException if a proxy asked for credentials or refused ours (407)
     * @throws CaptchaUnavailableException for a timeout or any other transport failure
     */
    public HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() == PROXY_AUTHENTICATION_REQUIRED) {
            throw new ProxyRefusedException(provider, proxy.key());
        }
        return response;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new CaptchaUnavailableException(
                    VerdictReason.TIMEOUT, "connect-timeout", "no connection to " + provider, e);
        } catch (HttpTimeoutException e) {
            throw new CaptchaUnavailableException(
                    VerdictReason.TIMEOUT, "read-timeout", provider + " did not answer", e);
        } catch (ConnectException e) {
            throw new RequestNotSentException(provider, e);
        } catch (IOException e) {
            throw new CaptchaUnavailableException(
                    VerdictReason.PROVIDER_ERROR, "io-error", "the call to " + provider + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaptchaUnavailableException(VerdictReason.TIMEOUT, "interrupted", "the call was interrupted", e);
        }
    }

    /**
     * Reads an answer's body as one JSON object.
     *
     * @param body the body
     * @return the object
     * @throws CaptchaUnavailableException if the body is not a JSON object
     */
    public JsonObject jsonObject(String body) {
        JsonValue root;
        try (JsonReader reader = JsonFactories.reader(new StringReader(body))) {
            root = reader.readValue();
        } catch (JsonException e) {
            throw notTheProtocol();
        }
        if (root instanceof JsonObject object) {
            return object;
        }
        throw notTheProtocol();
    }

    /**
     * The outage of an answer that does not follow the provider's protocol.
     *
     * @return the exception to throw
     */
    public CaptchaUnavailableException notTheProtocol() {
        return new CaptchaUnavailableException(
                VerdictReason.PROVIDER_ERROR, "bad-response", provider + "'s answer is not its protocol", null);
    }

    /**
     * The outage of an HTTP status that carries no answer of the protocol.
     *
     * @param status the HTTP status
     * @return the exception to throw
     */
    public CaptchaUnavailableException httpError(int status) {
        return new CaptchaUnavailableException(
                VerdictReason.PROVIDER_ERROR, "HTTP " + status, provider + " answered an HTTP error", null);
    }
}
