package org.captchaee.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads MicroProfile Health's readiness endpoint, {@code /health/ready}, where the server under test serves it: on
 * WildFly's management port, on the HTTP port of Payara Micro and of Open Liberty ({@code mpHealth-4.0}). GlassFish 7
 * has no MicroProfile Health: the readiness tests are skipped there.
 */
public final class ReadinessProbe {

    private static final Duration TIMEOUT = TimeScale.of(Duration.ofSeconds(20));

    private final URI endpoint;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /**
     * Aims at the readiness endpoint on a port of 127.0.0.1.
     *
     * @param port the port that serves {@code /health/ready}
     */
    public ReadinessProbe(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/health/ready");
    }

    /**
     * Aims at the readiness endpoint of the server a deployment runs on.
     *
     * @param http the client of the deployment
     * @return the probe
     * @throws IllegalStateException on a server without MicroProfile Health
     */
    public static ReadinessProbe of(Http http) {
        ServerFeatures.Feature.HEALTH.require();
        return new ReadinessProbe(
                "wildfly".equals(System.getProperty("arquillian.launch"))
                        ? Integer.getInteger("wildfly.management.port", 9990)
                        : http.uri("").getPort());
    }

    /**
     * Reads the readiness of the server and its deployments.
     *
     * @return the HTTP status (200 UP, 503 DOWN) and the JSON body
     */
    public Readiness read() {
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(endpoint).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return new Readiness(response.statusCode(), reader.readObject());
            }
        } catch (IOException e) {
            throw new IllegalStateException("GET " + endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading " + endpoint, e);
        }
    }

    /**
     * One answer of the readiness endpoint.
     *
     * @param status the HTTP status
     * @param body {@code {status, checks: [{name, status, data}]}}
     */
    public record Readiness(int status, JsonObject body) {

        /**
         * One check of the answer.
         *
         * @param name the check's name
         * @return the check
         * @throws AssertionError if there is no check of that name
         */
        public JsonObject check(String name) {
            return body.getJsonArray("checks").stream()
                    .map(JsonObject.class::cast)
                    .filter(check -> name.equals(check.getString("name")))
                    .filter(check -> !leftOver(check))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no check " + name + " in " + body));
        }

        /**
         * Whether a check is one a server kept from a deployment that failed validation (WildFly does): it answers
         * {@code "deployed": false}, and is not the check of the application under test.
         */
        private static boolean leftOver(JsonObject check) {
            JsonObject data = check.getJsonObject("data");
            return data != null && data.containsKey("deployed") && "false".equals(text(data, "deployed"));
        }

        /**
         * A value of a check's data as text, whichever JSON type the server wrote it as: Payara writes a boolean as a
         * string.
         *
         * @param data the {@code data} of a check
         * @param key the key
         * @return {@code true}, {@code 2}, {@code outage}, ...
         */
        public static String text(JsonObject data, String key) {
            JsonValue value = data.get(key);
            if (value == null) {
                throw new AssertionError("no " + key + " in " + data);
            }
            return value instanceof JsonString string ? string.getString() : value.toString();
        }

        /**
         * Asserts the status of the whole answer: {@code UP} with HTTP 200, or {@code DOWN} with HTTP 503.
         *
         * @param expected {@code UP} or {@code DOWN}
         */
        public void assertStatus(String expected) {
            assertEquals(expected, body.getString("status"), body::toString);
            assertEquals("UP".equals(expected) ? 200 : 503, status, body::toString);
        }
    }
}
