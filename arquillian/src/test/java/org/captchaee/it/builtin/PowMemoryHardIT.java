package org.captchaee.it.builtin;

import static org.captchaee.it.support.PowChallenges.v2Payload;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;

import jakarta.json.JsonObject;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.CheckoutResource;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.PowChallenges;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A memory-hard proof of work on each server: the application adds Bouncy Castle to its WAR and sets
 * {@code captcha.pow.algorithm=ARGON2ID}; the library finds it there, serves Argon2id challenges and verifies their
 * solutions, once. (Interoperability with the official altcha-lib and the widget's Argon2id is tested in the impl.)
 */
class PowMemoryHardIT extends DeployedAppIT {

    private static final String TOKEN = "X-Captcha-Token";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("pow-argon2id")
                .withClasses(CheckoutResource.class)
                .withBouncyCastle()
                .withConfig(ConfigKeys.VERIFIER, "pow")
                .withConfig(ConfigKeys.POW_ALGORITHM, "ARGON2ID")
                .withConfig(ConfigKeys.POW_COST, "1")
                .withConfig(ConfigKeys.POW_MEMORY_COST, "256")
                .withConfig(ConfigKeys.POW_KEY_PREFIX, "0")
                .build();
    }

    @Test
    void anArgon2idChallenge_solved_passesOnce() {
        JsonObject challenge = new PowChallenges(http, "captcha/pow").challenge();
        JsonObject parameters = challenge.getJsonObject("parameters");
        assertEquals("ARGON2ID", parameters.getString("algorithm"));
        assertEquals(256, parameters.getInt("memoryCost"));
        assertEquals(1, parameters.getInt("parallelism"));

        String payload = v2Payload(challenge, solve(parameters), 1);
        Answer first = Http.post(http.request("checkout").header(TOKEN, payload));
        assertEquals(200, first.status(), first.body());
        Http.post(http.request("checkout").header(TOKEN, payload)).assertProblem(403, "captcha_invalid", 4002, "pow");
    }

    /** Argon2id 1.3 with ALTCHA's mapping: salt = salt bytes, password = nonce bytes and the counter, big-endian. */
    private static JsonObject solve(JsonObject parameters) {
        Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
        argon2.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withIterations(parameters.getInt("cost"))
                .withMemoryAsKB(parameters.getInt("memoryCost"))
                .withParallelism(parameters.getInt("parallelism"))
                .withSalt(HexFormat.of().parseHex(parameters.getString("salt")))
                .build());
        return PowChallenges.solveV2(parameters, (password, salt) -> {
            byte[] key = new byte[parameters.getInt("keyLength")];
            argon2.generateBytes(password, key);
            return key;
        });
    }
}
