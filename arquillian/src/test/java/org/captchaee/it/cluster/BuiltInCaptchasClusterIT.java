package org.captchaee.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonObject;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.AnswersResource;
import org.captchaee.it.app.CheckoutResource;
import org.captchaee.it.app.GuardedResource;
import org.captchaee.it.app.KnownAnswers;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.ImageCaptchas;
import org.captchaee.it.support.PowChallenges;
import org.captchaee.it.support.TimeScale;
import org.captchaee.it.support.cluster.ClusterNodesIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The built-in captchas on two nodes sharing the Redis store: a solved image captcha or proof of work passes on one node
 * and is refused as replayed on the other, an image challenge answered on one node cannot be answered again on the
 * other, and of one captcha sent to both nodes at once exactly one call passes.
 */
class BuiltInCaptchasClusterIT extends ClusterNodesIT {

    private static final String TOKEN = "X-Captcha-Token";
    private static final int RACERS = 8;

    @Deployment(name = NODE_1, testable = false)
    @TargetsContainer(NODE_1)
    static WebArchive node1() {
        return onTheCluster(app());
    }

    @Deployment(name = NODE_2, testable = false)
    @TargetsContainer(NODE_2)
    static WebArchive node2() {
        return onTheCluster(app());
    }

    /** {@code checkout} asks for the image captcha, {@code guarded} for a proof of work. */
    private static Deployments app() {
        return Deployments.war("built-in")
                .withClasses(CheckoutResource.class, GuardedResource.class, KnownAnswers.class, AnswersResource.class)
                .withConfig(ConfigKeys.VERIFIER, "image")
                .withConfig(GuardedResource.class.getName() + "/RequiresCaptcha/verifier", "pow")
                .withConfig(ConfigKeys.POW_ALGORITHM, "SHA-256")
                .withConfig(ConfigKeys.POW_COST, "10")
                .withConfig(ConfigKeys.POW_KEY_PREFIX, "00");
    }

    @Test
    void anImageCaptchaPassedOnNode1_isRefusedAsReplayedOnNode2() {
        String captchaToken = new ImageCaptchas(node1, "captcha").solve();
        Answer first = Http.post(node1.request("checkout").header(TOKEN, captchaToken));
        assertEquals(200, first.status(), first.body());

        Http.post(node2.request("checkout").header(TOKEN, captchaToken))
                .assertProblem(403, "captcha_invalid", 4002, "image");
        assertEquals("replayed", lastReason(node2));
    }

    @Test
    void anImageChallengeAnsweredOnNode1_cannotBeAnsweredAgainOnNode2() {
        ImageCaptchas onNode1 = new ImageCaptchas(node1, "captcha");
        JsonObject challenge = onNode1.challenge();
        String answer = onNode1.lastAnswer();
        assertEquals(200, onNode1.verify(challenge.getString("token"), answer).status());

        new ImageCaptchas(node2, "captcha")
                .verify(challenge.getString("token"), answer)
                .assertProblem(403, "captcha_invalid", 4002, "image");
    }

    @Test
    void aProofOfWorkPassedOnNode1_isRefusedAsReplayedOnNode2() {
        String payload = new PowChallenges(node1, "captcha/pow").solved();
        Answer first = Http.get(node1.request("guarded").header(TOKEN, payload));
        assertEquals(200, first.status(), first.body());

        Http.get(node2.request("guarded").header(TOKEN, payload)).assertProblem(403, "captcha_invalid", 4002, "pow");
        assertEquals("replayed", lastReason(node2));
    }

    @Test
    void oneCaptchaSentToBothNodesAtOnce_passesExactlyOnce() throws Exception {
        String captchaToken = new ImageCaptchas(node2, "captcha").solve();
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<Void>>> calls = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            Http node = i % 2 == 0 ? node1 : node2;
            HttpRequest request = HttpRequest.newBuilder(node.uri("checkout"))
                    .timeout(TimeScale.of(Duration.ofSeconds(30)))
                    .header(TOKEN, captchaToken)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            calls.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<Void>> call : calls) {
            statuses.add(call.get().statusCode());
        }
        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(
                RACERS - 1, statuses.stream().filter(status -> status == 403).count(), statuses.toString());
    }

    private static String lastReason(Http node) {
        return node.events().getJsonObject("last").getString("reason");
    }
}
