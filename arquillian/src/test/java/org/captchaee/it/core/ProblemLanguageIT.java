package org.captchaee.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.CheckoutResource;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The problem answers follow the request's {@code Accept-Language}: Simplified Chinese and English from the library,
 * French from a bundle the application adds; the {@code error} members never change.
 */
class ProblemLanguageIT extends DeployedAppIT {

    /** The application's French, in UTF-8 with accents, as an application writes it. */
    private static final String FRENCH =
            """
            title.captcha_required=Captcha exigé
            detail.required=Cette requête exige un captcha : résolvez celui que nomme ''verifier''.
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("languages")
                .withClasses(CheckoutResource.class)
                .withConfig(ConfigKeys.VERIFIER, "test")
                .withTestMode()
                .build()
                .addAsResource(
                        new ByteArrayAsset(FRENCH.getBytes(StandardCharsets.UTF_8)), "captcha-problems_fr.properties");
    }

    /** Calls without a captcha, in a language, and checks what never changes with it. */
    private JsonObject captchaRequired(String acceptLanguage, String contentLanguage) {
        return refused(acceptLanguage, null, contentLanguage).assertProblem(403, "captcha_required", 4001, "test");
    }

    private Answer refused(String acceptLanguage, String token, String contentLanguage) {
        var request = http.request("checkout").header("Accept-Language", acceptLanguage);
        if (token != null) {
            request.header("X-Captcha-Token", token);
        }
        try (Response response = request.post(Entity.json("{}"))) {
            assertEquals(contentLanguage, response.getHeaderString("Content-Language"));
            return Answer.of(response);
        }
    }

    @Test
    void simplifiedChinese_isChinese_withTheSameErrorAndCode() {
        JsonObject problem = captchaRequired("zh-CN,zh;q=0.9,en;q=0.8", "zh-Hans");
        assertEquals("需要验证码", problem.getString("title"));
        assertTrue(problem.getString("detail").contains("验证码"), problem::toString);
        assertEquals(problem.getString("detail"), problem.getString("error_description"));
        assertEquals("urn:captcha-ee:problem:captcha_required", problem.getString("type"));
    }

    @Test
    void chineseDetails_nameTheHeader_neverItsValue() {
        JsonObject problem = refused("zh", "secret-" + "a".repeat(4097), "zh-Hans")
                .assertProblem(400, "captcha_malformed", 4003, "test");
        String detail = problem.getString("detail");
        assertTrue(detail.contains("X-Captcha-Token") && detail.contains("4096") && detail.contains("字节"), detail);
        assertTrue(!detail.contains("secret"), detail);
    }

    @Test
    void aLanguageNoBundleServes_isEnglish() {
        JsonObject problem = captchaRequired("de-DE,zh-TW;q=0.5", "en");
        assertEquals("Captcha required", problem.getString("title"));
        assertTrue(problem.getString("detail").startsWith("This request needs a captcha."), problem::toString);
        assertEquals(problem.getString("detail"), problem.getString("error_description"));
    }

    @Test
    void theApplicationsOwnLanguage_isUsed() {
        JsonObject problem = captchaRequired("fr-FR,fr;q=0.9", "fr");
        assertEquals("Captcha exigé", problem.getString("title"));
        assertEquals(
                "Cette requête exige un captcha : résolvez celui que nomme 'verifier'.", problem.getString("detail"));
        assertEquals(problem.getString("detail"), problem.getString("error_description"));
    }
}
