package org.captchaee.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;

import org.captchaee.it.support.Http.Answer;

/**
 * The client side of the image captcha flow, over HTTP, for deployments that include the test-only
 * {@code KnownAnswers} and {@code AnswersResource}.
 */
public final class ImageCaptchas {

    private final Http http;
    private final String base;

    /**
     * Creates the client.
     *
     * @param http the deployment's client
     * @param base the endpoints' path below {@code /api/}, for example {@code captcha}
     */
    public ImageCaptchas(Http http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Creates a challenge: {@code {token, image, expires_in}}. */
    public JsonObject challenge() {
        Answer answer = Http.post(http.request(base + "/image"));
        if (answer.status() != 200) {
            throw new AssertionError("creating a challenge answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    /** The answer of the newest challenge, from the test deployment's own resource. */
    public String lastAnswer() {
        return Http.get(http.request("test-answers/last")).body();
    }

    /** Sends an answer. */
    public Answer verify(String token, String answer) {
        String body = Json.createObjectBuilder()
                .add("token", token)
                .add("answer", answer)
                .build()
                .toString();
        return Answer.of(http.request(base + "/image/verify").post(Entity.json(body)));
    }

    /** Solves a new challenge and returns the captcha token. */
    public String solve() {
        JsonObject challenge = challenge();
        Answer answer = verify(challenge.getString("token"), lastAnswer());
        if (answer.status() != 200) {
            throw new AssertionError("a right answer got " + answer.status() + ": " + answer.body());
        }
        return answer.json().getString("captcha_token");
    }
}
