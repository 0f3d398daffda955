package org.captchaee.impl.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ProblemTextsTest {

    private static final ClassLoader LIBRARY = ProblemTextsTest.class.getClassLoader();

    private static String languageFor(String acceptLanguage) {
        return ProblemTexts.forAcceptLanguage(acceptLanguage, LIBRARY).language();
    }

    @Test
    void noHeader_orAnEmptyOne_isEnglish() {
        assertEquals("en", languageFor(null));
        assertEquals("en", languageFor(""));
        assertEquals("en", languageFor("  "));
        assertEquals(
                "Captcha required",
                ProblemTexts.forAcceptLanguage(null, LIBRARY).title("captcha_required"));
    }

    @Test
    void everySpellingOfSimplifiedChinese_isChinese() {
        for (String chinese : new String[] {"zh", "zh-CN", "zh-Hans", "zh-Hans-CN", "zh-SG", "ZH-cn", "zh-Hans-SG"}) {
            ProblemTexts texts = ProblemTexts.forAcceptLanguage(chinese, LIBRARY);
            assertEquals("zh-Hans", texts.language(), chinese);
            assertEquals("需要验证码", texts.title("captcha_required"), chinese);
        }
    }

    @Test
    void traditionalChinese_isNotSimplified_soEnglishWithoutAnApplicationBundle() {
        for (String traditional : new String[] {"zh-TW", "zh-Hant", "zh-HK", "zh-Hant-TW", "zh-MO"}) {
            assertEquals("en", languageFor(traditional), traditional);
        }
    }

    @Test
    void unsupportedLanguages_areEnglish() {
        assertEquals("en", languageFor("fr"));
        assertEquals("en", languageFor("de-DE, ja;q=0.5"));
        assertEquals(
                "Captcha required",
                ProblemTexts.forAcceptLanguage("fr", LIBRARY).title("captcha_required"));
    }

    @Test
    void malformedHeaders_areEnglish_neverAFailure() {
        for (String malformed :
                new String[] {"zh-CN;q=abc", "zh-CN;q=2", ";;;", "zh-CN;q=", "zh_CN,,", "\u4e2d\u6587", "zh-CN;x=1"}) {
            assertEquals("en", languageFor(malformed), malformed);
        }
    }

    @Test
    void theHighestQValueThatABundleServes_wins() {
        assertEquals("zh-Hans", languageFor("fr;q=0.9, zh-CN;q=0.8, en;q=0.7"));
        assertEquals("zh-Hans", languageFor("en;q=0.5, zh-CN;q=0.9"));
        assertEquals("en", languageFor("zh-CN;q=0.4, en-GB;q=0.8"));
        assertEquals("en", languageFor("en-US,en;q=0.9,zh-CN;q=0.8"));
    }

    @Test
    void qZero_isNotAcceptable() {
        assertEquals("en", languageFor("fr, zh-CN;q=0"));
        assertEquals("en", languageFor("zh;q=0.0"));
    }

    @Test
    void aWildcard_acceptsEnglish_whereItStands() {
        assertEquals("en", languageFor("*"));
        assertEquals("en", languageFor("fr, *;q=0.5, zh;q=0.3"));
        assertEquals("zh-Hans", languageFor("fr, zh;q=0.6, *;q=0.5"));
    }

    @Test
    void theJvmDefaultLocale_isNeverTheFallback() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            assertEquals("en", languageFor("fr-FR"));
            assertEquals(
                    "Captcha required",
                    ProblemTexts.forAcceptLanguage("de", LIBRARY).title("captcha_required"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void arguments_areWrittenAsTheyAre_inEveryLanguage() {
        ProblemMessage tooLong = ProblemMessage.of("detail.header.too_long", "X-Captcha-Token", 4096);
        String chinese = ProblemTexts.forAcceptLanguage("zh-CN", LIBRARY).format(tooLong);
        assertTrue(chinese.contains("X-Captcha-Token"), chinese);
        assertTrue(chinese.contains("4096"), chinese);
        assertEquals("The header X-Captcha-Token is longer than 4096 bytes.", tooLong.english());
    }

    @Test
    void englishIsTheWordingOfBefore_apostrophesIncluded() {
        assertEquals(
                "This request needs a captcha. Solve the captcha named in 'verifier' and send it in the X-Captcha-*"
                        + " request headers.",
                ProblemMessage.of("detail.required").english());
        assertEquals(
                "The header X-Captcha-Extra is not read by this endpoint's captcha: send only the captcha's own"
                        + " headers.",
                ProblemMessage.of("detail.header.stray", "X-Captcha-Extra").english());
        String chinese = ProblemTexts.forAcceptLanguage("zh", LIBRARY).format(ProblemMessage.of("detail.required"));
        assertFalse(chinese.contains("Solve"), chinese);
    }
}
