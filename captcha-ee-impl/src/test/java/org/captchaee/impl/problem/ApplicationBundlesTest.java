package org.captchaee.impl.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An application adds languages and changes wordings with its own {@code captcha-problems} files. */
class ApplicationBundlesTest {

    @TempDir
    Path classes;

    private URLClassLoader application;

    @BeforeEach
    void anApplicationWithItsOwnBundles() throws IOException {
        write(
                "captcha-problems_fr.properties",
                "title.captcha_required=Captcha requis\n"
                        + "detail.header.too_long=L''en-tête {0} dépasse {1} octets.\n");
        write("captcha-problems_zh_Hans.properties", "title.captcha_required=请先完成验证\n");
        write("captcha-problems_zh_Hant.properties", "title.captcha_required=需要驗證碼\n");
        application = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    }

    @AfterEach
    void forget() throws IOException {
        ProblemBundles.forget(application);
        application.close();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(classes.resolve(name), text, StandardCharsets.UTF_8);
    }

    private ProblemTexts texts(String acceptLanguage) {
        return ProblemTexts.forAcceptLanguage(acceptLanguage, application);
    }

    @Test
    void anAddedLanguage_isChosen_withItsRegionsToo() {
        for (String french : new String[] {"fr", "fr-CA", "de;q=0.9, fr-FR;q=0.8"}) {
            assertEquals("fr", texts(french).language(), french);
            assertEquals("Captcha requis", texts(french).title("captcha_required"), french);
        }
        assertEquals(
                "L'en-tête X-Captcha-Token dépasse 4096 octets.",
                texts("fr").format(ProblemMessage.of("detail.header.too_long", "X-Captcha-Token", 4096)));
    }

    @Test
    void aKeyTheApplicationLeavesOut_isTheLibrarysEnglish() {
        assertEquals("Captcha invalid", texts("fr").title("captcha_invalid"));
    }

    @Test
    void theApplicationsWording_replacesTheLibrarysKeyByKey() {
        assertEquals("请先完成验证", texts("zh-CN").title("captcha_required"));
        assertEquals("验证码无效", texts("zh-CN").title("captcha_invalid"));
    }

    @Test
    void traditionalChinese_comesFromTheApplication() {
        assertEquals("zh-Hant", texts("zh-TW").language());
        assertEquals("需要驗證碼", texts("zh-TW").title("captcha_required"));
    }

    @Test
    void theLibrarysEnglish_forLogs_isNotTheApplications() throws IOException {
        write("captcha-problems.properties", "detail.required=Please solve the captcha.\n");
        assertEquals("Please solve the captcha.", texts("en").format(ProblemMessage.of("detail.required")));
        assertEquals(
                "This request needs a captcha. Solve the captcha named in 'verifier' and send it in the X-Captcha-*"
                        + " request headers.",
                ProblemMessage.of("detail.required").english());
    }
}
