package org.captchaee.jaxrs;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;
import org.captchaee.impl.image.ImageChallenges;
import org.captchaee.impl.image.ImageConfiguration;
import org.captchaee.impl.image.ImageVerifier;
import org.captchaee.impl.json.JsonFactories;
import org.captchaee.impl.pow.PowConfiguration;
import org.captchaee.impl.pow.PowVerifier;
import org.captchaee.impl.problem.LocalizedDeniedException;
import org.captchaee.impl.problem.ProblemMessage;
import org.captchaee.impl.request.CaptchaRequest;
import org.captchaee.impl.request.ClientAddress;
import org.captchaee.impl.request.RequestReader;
import org.captchaee.impl.rest.BoundedBody;
import org.captchaee.impl.rest.EndpointPathFilter;
import org.captchaee.impl.runtime.RuntimeRegistry;
import org.captchaee.spi.StateStoreFullException;
import org.captchaee.spi.StateStoreUnavailableException;

/**
 * The library's own endpoints, under {@code captcha.endpoints.path} (default {@code captcha}) of the JAX-RS application:
 * the challenges of the built-in captchas. An endpoint answers only when its verifier is in use.
 *
 * <ul>
 * <li>{@code POST <base>/image}: a new image challenge, {@code {token, image, expires_in}}.</li>
 * <li>{@code POST <base>/image/refresh} with {@code {token}}: a new challenge in place of that one.</li>
 * <li>{@code POST <base>/image/verify} with {@code {token, answer}}: {@code {captcha_token, expires_in}}, or 403
 * {@code captcha_invalid}; a challenge takes one answer.</li>
 * <li>{@code GET <base>/pow}: a proof-of-work challenge in the ALTCHA format configured (v2 by default, or v1).</li>
 * </ul>
 *
 * <p>A body is read up to 8 KiB and no further (beyond: 413 {@code captcha_body_too_large}); a body that is not the
 * expected JSON object is 400 {@code captcha_malformed}. New image challenges (create and refresh) are limited per
 * client IP by {@code captcha.image.max-challenges-per-minute} (beyond: 429 {@code captcha_rate_limited} with
 * {@code Retry-After}).
 */
@Path(EndpointPathFilter.INTERNAL_PATH)
@ApplicationScoped
public class CaptchaEndpoints {

    private static final int MAX_BODY = 8 * 1024;

    @Inject
    RuntimeRegistry registry;

    @Inject
    ImageConfiguration image;

    @Inject
    PowConfiguration pow;

    @Inject
    HttpServletRequest request;

    @Inject
    RequestReader requests;

    /**
     * Makes an image challenge.
     *
     * @return {@code {token, image, expires_in}}
     */
    @POST
    @Path(ImageVerifier.CHALLENGE_PATH)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createImage() {
        ImageChallenges flow = imageFlow();
        admitNewChallenge();
        return challenge(flow.create());
    }

    /**
     * Replaces an image challenge by a new one.
     *
     * @param body {@code {token}}
     * @return {@code {token, image, expires_in}}
     */
    @POST
    @Path(ImageVerifier.CHALLENGE_PATH + "/refresh")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response refreshImage(InputStream body) {
        ImageChallenges flow = imageFlow();
        String previous = field(parse(body), "token");
        admitNewChallenge();
        return challenge(whileTheStoreKeeps(() -> flow.refresh(previous)));
    }

    /**
     * Takes the answer to an image challenge.
     *
     * @param body {@code {token, answer}}
     * @return {@code {captcha_token, expires_in}}
     * @throws CaptchaDeniedException 403 {@code captcha_invalid} for a wrong, late or second answer
     */
    @POST
    @Path(ImageVerifier.CHALLENGE_PATH + "/verify")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response verifyImage(InputStream body) {
        ImageChallenges flow = imageFlow();
        JsonObject json = parse(body);
        ImageChallenges.CaptchaToken token = whileTheStoreKeeps(
                        () -> flow.answer(field(json, "token"), field(json, "answer")))
                .orElseThrow(() -> new LocalizedDeniedException(
                        CaptchaError.CAPTCHA_INVALID,
                        ImageVerifier.NAME,
                        ProblemMessage.of("detail.image.wrong_answer"),
                        null));
        return json(JsonFactories.objectBuilder()
                .add("captcha_token", token.token())
                .add("expires_in", token.expiresIn().toSeconds())
                .build());
    }

    /**
     * Makes a proof-of-work challenge in the ALTCHA version configured, as the widget fetches it from the URL in its
     * {@code challenge} attribute (widget 3.x) or {@code challengeurl} attribute (widget 2.x, v1 only).
     *
     * @return v2: {@code {parameters, signature}}; v1: {@code {algorithm, challenge, maxnumber, salt, signature}}
     */
    @GET
    @Path(PowVerifier.CHALLENGE_PATH)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createPow() {
        requireInUse(PowVerifier.NAME);
        return json(pow.protocol().newChallenge());
    }

    /**
     * Runs a step that spends a challenge in the state store; a store that is full or cannot be reached refuses it with
     * 503, since a challenge that cannot be marked as answered must not be answered.
     */
    private <T> T whileTheStoreKeeps(Supplier<T> step) {
        try {
            return step.get();
        } catch (StateStoreFullException | StateStoreUnavailableException e) {
            throw new LocalizedDeniedException(
                    CaptchaError.CAPTCHA_UNAVAILABLE,
                    ImageVerifier.NAME,
                    ProblemMessage.of("detail.unavailable"),
                    registry.runtime().settings().retryAfter());
        }
    }

    private ImageChallenges imageFlow() {
        requireInUse(ImageVerifier.NAME);
        return image.challenges();
    }

    /** Counts a new challenge for the calling client, or refuses it (429). */
    private void admitNewChallenge() {
        CaptchaRequest current = requests.read();
        ClientAddress client =
                registry.runtime().clientIps().resolve(current.peer(), current.forwarded(), current.xForwardedFor());
        image.challengeLimit().admit(client.stateKey());
    }

    private void requireInUse(String verifier) {
        // JAX-RS request properties are the servlet request's attributes
        boolean routed = Boolean.TRUE.equals(request.getAttribute(EndpointPathFilter.ROUTED));
        if (!routed || !registry.runtime().verifiers().containsKey(verifier)) {
            throw new NotFoundException();
        }
    }

    private static Response challenge(ImageChallenges.NewChallenge challenge) {
        return json(JsonFactories.objectBuilder()
                .add("token", challenge.token())
                .add("image", "data:image/png;base64," + Base64.getEncoder().encodeToString(challenge.png()))
                .add("expires_in", challenge.expiresIn().toSeconds())
                .build());
    }

    private static Response json(JsonObject body) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE)
                .cacheControl(noStore)
                .build();
    }

    private static JsonObject parse(InputStream body) {
        if (body == null) {
            throw malformed();
        }
        byte[] bytes = BoundedBody.read(body, MAX_BODY, ImageVerifier.NAME);
        try (JsonReader reader = JsonFactories.reader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                return value.asJsonObject();
            }
        } catch (JsonException e) {
            // reported below
        }
        throw malformed();
    }

    private static String field(JsonObject json, String name) {
        return Optional.ofNullable(json.get(name))
                .filter(JsonString.class::isInstance)
                .map(value -> ((JsonString) value).getString())
                .orElseThrow(CaptchaEndpoints::malformed);
    }

    private static CaptchaDeniedException malformed() {
        return new LocalizedDeniedException(
                CaptchaError.CAPTCHA_MALFORMED,
                ImageVerifier.NAME,
                ProblemMessage.of("detail.image.malformed_body"),
                null);
    }
}
