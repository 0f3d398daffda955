package org.captchaee.impl.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of one answer's problem body, in the language the request accepts best among those the problem bundles
 * have ({@link ProblemBundles}): English, Simplified Chinese, and what the application adds.
 *
 * <p>The {@code Accept-Language} header is read with {@link Locale.LanguageRange#parse(String)}, in the order of its
 * q-values; a range with {@code q=0} is not acceptable. The first range a bundle serves decides; {@code *} and
 * {@code en} mean English, and so does a header that is missing, malformed or names no language a bundle serves. Plain
 * {@code zh} means Simplified Chinese; {@code zh-TW}, {@code zh-HK} and {@code zh-Hant} are Traditional, which only an
 * application's bundle serves.
 */
public final class ProblemTexts {

    private static final Locale SIMPLIFIED_CHINESE = Locale.forLanguageTag("zh-Hans");

    private final ResourceBundle bundle;

    private ProblemTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * The texts for a request, from the bundles the current thread's context class loader (the application's) sees.
     *
     * @param acceptLanguage the request's {@code Accept-Language} header, {@code null} when absent
     * @return the texts
     */
    public static ProblemTexts forAcceptLanguage(String acceptLanguage) {
        return forAcceptLanguage(acceptLanguage, applicationLoader());
    }

    /**
     * The texts for a request.
     *
     * @param acceptLanguage the request's {@code Accept-Language} header, {@code null} when absent
     * @param application the class loader that sees the application's bundles
     * @return the texts
     */
    static ProblemTexts forAcceptLanguage(String acceptLanguage, ClassLoader application) {
        for (Locale.LanguageRange range : ranges(acceptLanguage)) {
            if (range.getWeight() == 0) {
                break; // sorted by weight: the rest are not acceptable either
            }
            if (range.getRange().equals("*")) {
                break;
            }
            Locale wanted = simplifiedForBareChinese(Locale.forLanguageTag(range.getRange()));
            if (wanted.getLanguage().isEmpty()) {
                continue;
            }
            ResourceBundle bundle = ProblemBundles.bundle(wanted, application);
            if (!bundle.getLocale().equals(Locale.ROOT) || wanted.getLanguage().equals("en")) {
                return new ProblemTexts(bundle);
            }
        }
        return new ProblemTexts(ProblemBundles.bundle(Locale.ENGLISH, application));
    }

    /**
     * Forgets the bundles read for the application of the current thread, when it stops: a redeployed application
     * reads its files again, and the old one can be unloaded.
     */
    public static void forgetApplication() {
        ProblemBundles.forget(applicationLoader());
    }

    /**
     * The library's own English texts, which no application changes: the words of logs and exception messages.
     *
     * @return the texts
     */
    static ProblemTexts libraryEnglish() {
        return new ProblemTexts(ProblemBundles.libraryEnglish());
    }

    /**
     * The language of the texts, for the {@code Content-Language} header.
     *
     * @return a language tag, {@code en} for the English root bundle
     */
    public String language() {
        Locale locale = bundle.getLocale();
        return locale.equals(Locale.ROOT) ? "en" : locale.toLanguageTag();
    }

    /**
     * The {@code title} of a problem: the bundle's {@code title.<error>}.
     *
     * @param error the problem's {@code error} member, for example {@code captcha_required}
     * @return the title
     */
    public String title(String error) {
        return bundle.getString("title." + error);
    }

    /**
     * A message in these texts' language.
     *
     * @param message the key and its arguments
     * @return the text
     */
    public String format(ProblemMessage message) {
        String pattern = bundle.getString(message.key());
        return new MessageFormat(pattern, Locale.ROOT)
                .format(message.arguments().toArray());
    }

    private static List<Locale.LanguageRange> ranges(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            // a client's malformed header costs it its language, never its answer
            return List.of();
        }
    }

    /** {@code zh} alone is Simplified Chinese, as most clients that send it mean. */
    private static Locale simplifiedForBareChinese(Locale locale) {
        boolean bare = locale.getLanguage().equals("zh")
                && locale.getScript().isEmpty()
                && locale.getCountry().isEmpty();
        return bare ? SIMPLIFIED_CHINESE : locale;
    }

    private static ClassLoader applicationLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ProblemTexts.class.getClassLoader();
    }
}
