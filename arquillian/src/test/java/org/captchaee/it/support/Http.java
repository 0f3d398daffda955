package org.captchaee.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;

/** A small HTTP client for the tests, on the RESTEasy client, with problem-answer assertions. */
public final class Http implements AutoCloseable {

    private final Client client = ClientBuilder.newClient();
    private final URI api;

    /**
     * Creates a client for one deployment.
     *
     * @param deployment the deployment's base URL, from Arquillian
     */
    public Http(URL deployment) {
        // Payara Micro listens on every interface and reports the machine's LAN address: tests only talk to loopback
        URI reported = URI.create(deployment.toExternalForm());
        this.api = URI.create("http://127.0.0.1:" + reported.getPort() + reported.getPath())
                .resolve("api/");
    }

    /**
     * The loopback URI of a path below {@code /api/}, for other HTTP clients.
     *
     * @param path the path
     * @return the URI
     */
    public URI uri(String path) {
        return api.resolve(path);
    }

    /**
     * Starts a request.
     *
     * @param path the path below {@code /api/}
     * @return the request builder
     */
    public Invocation.Builder request(String path) {
        return client.target(uri(path)).request();
    }

    /**
     * Posts an empty JSON object.
     *
     * @param request the request
     * @return the answer, with its body buffered
     */
    public static Answer post(Invocation.Builder request) {
        return Answer.of(request.post(Entity.json("{}")));
    }

    /**
     * Sends a GET.
     *
     * @param request the request
     * @return the answer, with its body buffered
     */
    public static Answer get(Invocation.Builder request) {
        return Answer.of(request.get());
    }

    /**
     * Reads the captcha events recorded by the deployment.
     *
     * @return {@code {count, last}}
     */
    public JsonObject events() {
        return get(request("events")).json();
    }

    /**
     * Makes a protected GET that must pass, and returns the client IP its captcha event recorded.
     *
     * @param call the request
     * @return the client IP the library resolved
     */
    public String clientIpSeenBy(Invocation.Builder call) {
        Answer answer = get(call);
        assertEquals(200, answer.status(), answer::body);
        return events().getJsonObject("last").getString("clientIp");
    }

    /**
     * Waits until the deployment answers {@code GET api/events} with anything but 404, polling every 100 ms: Payara
     * Micro can answer 404 for a moment after it reported the deployment ready, and answers 404 for good when it
     * swallowed a failed deployment.
     *
     * @param within the longest wait
     */
    public void awaitDeployment(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        int status = get(request("events")).status();
        while (status == 404 && System.nanoTime() < deadline) {
            pause(100);
            status = get(request("events")).status();
        }
        assertEquals(
                200,
                status,
                "GET " + uri("events") + " still failed after " + within.toSeconds()
                        + " s: the deployment did not start; read the server log");
    }

    @Override
    public void close() {
        client.close();
    }

    private static void pause(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the deployment", e);
        }
    }

    /**
     * A buffered answer.
     *
     * @param status the HTTP status
     * @param contentType the Content-Type, or null
     * @param retryAfter the Retry-After header, or null
     * @param body the body
     */
    public record Answer(int status, String contentType, String retryAfter, String body) {

        /**
         * Buffers a response and closes it.
         *
         * @param response the response
         * @return the answer
         */
        public static Answer of(Response response) {
            try (response) {
                return new Answer(
                        response.getStatus(),
                        response.getHeaderString("Content-Type"),
                        response.getHeaderString("Retry-After"),
                        response.readEntity(String.class));
            }
        }

        /**
         * The body as JSON.
         *
         * @return the object
         */
        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /**
         * Asserts a complete captcha problem answer.
         *
         * @param status the expected status
         * @param error the expected {@code error}
         * @param errorCode the expected {@code error_code}
         * @param verifier the expected {@code verifier}
         * @return the problem, for more assertions
         */
        public JsonObject assertProblem(int status, String error, int errorCode, String verifier) {
            assertEquals(status, this.status, () -> "unexpected status, body: " + body);
            assertTrue(
                    contentType != null && contentType.startsWith("application/problem+json"),
                    () -> "Content-Type was " + contentType);
            JsonObject problem = json();
            assertEquals("urn:captcha-ee:problem:" + error, problem.getString("type"));
            assertEquals(status, problem.getInt("status"));
            assertEquals(error, problem.getString("error"));
            assertEquals(errorCode, problem.getInt("error_code"));
            assertEquals(verifier, problem.getString("verifier"));
            assertFalse(problem.getString("title").isBlank());
            String detail = problem.getString("detail");
            assertFalse(detail.isBlank());
            assertFalse(
                    detail.contains("Exception") || detail.contains("\tat "),
                    () -> "detail leaks internals: " + detail);
            return problem;
        }
    }
}
