package org.captchaee;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Puts a captcha in front of a JAX-RS resource method, or of every business method of a resource class.
 *
 * <p>Before the method runs, the captcha headers of the current request ({@code X-Captcha-*}) are handed to a
 * {@link org.captchaee.spi.CaptchaVerifier}. The method runs when the verifier accepts them; otherwise the client gets an
 * {@code application/problem+json} answer that names the captcha it must solve (see {@link CaptchaError}). When the
 * verifier itself is down, the {@linkplain #onOutage() outage policy} decides.
 *
 * <p>By default every call needs a captcha. Adaptive mode asks for one only when risk shows: after
 * {@link #afterFailures()} failed calls (the method ended with 401 or 403) within {@link #failureWindowSeconds()}, or
 * beyond {@link #afterRequests()} calls within {@link #requestWindowSeconds()}. Both count per client IP and, when a
 * parameter or a property of the body is annotated {@link CaptchaKey} (the user name, say), per that key too. A captcha
 * sent while none is required is still checked.
 *
 * <p>The resource class must be a CDI bean (for example {@code @RequestScoped}), since the check is a CDI interceptor.
 * Every member is {@code @Nonbinding}; all settings are resolved and validated once, when the application is deployed.
 * Each member can also be overridden through MicroProfile Config with the keys of MicroProfile Fault Tolerance, the most
 * specific winning: {@code <class>/<method>/RequiresCaptcha/<member>}, {@code <class>/RequiresCaptcha/<member>},
 * {@code RequiresCaptcha/<member>}.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * &#64;Path("login")
 * &#64;RequestScoped
 * public class LoginResource {
 *
 *     &#64;POST
 *     &#64;RequiresCaptcha(scene = "login")
 *     public Response login(Credentials credentials) { ... }
 * }
 * </pre>
 *
 * with, in {@code META-INF/microprofile-config.properties}:
 *
 * <pre>
 * captcha.verifier=tencent
 * captcha.outage.policy=allow
 * </pre>
 *
 * @since 0.1
 * @see org.captchaee.spi.CaptchaVerifier
 * @see CaptchaEvent
 */
@Inherited
@Documented
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresCaptcha {

    /**
     * (Optional) The name of the verifier that checks the captcha, as given by its
     * {@link org.captchaee.spi.VerifierName} qualifier, for example {@code "test"}.
     *
     * @return the verifier name; empty (the default) means the verifier configured by {@code captcha.verifier}
     */
    @Nonbinding
    String verifier() default "";

    /**
     * (Optional) Free text that tells verifiers and observers what the call is for, for example {@code "login"} or
     * {@code "sms"}. Verifiers may check it against the captcha (an expected action, say); observers of
     * {@link CaptchaEvent} can count per scene.
     *
     * @return the scene; empty (the default) means no particular scene
     */
    @Nonbinding
    String scene() default "";

    /**
     * (Optional) What to do when the verifier is unavailable.
     *
     * @return the outage policy; {@link OutagePolicy#DEFAULT} (the default) means {@code captcha.outage.policy}
     */
    @Nonbinding
    OutagePolicy onOutage() default OutagePolicy.DEFAULT;

    /**
     * (Optional) Ask for a captcha only once this many calls failed (ended with 401 or 403) within
     * {@link #failureWindowSeconds()}, per client IP and per {@link CaptchaKey}. The call whose failure reaches the
     * number is answered {@code captcha_required}, and so is every later call without a captcha, until a call succeeds
     * (which resets the count) or the window ends.
     *
     * @return the number of failures; 0 (the default) asks for a captcha on every call
     */
    @Nonbinding
    int afterFailures() default 0;

    /**
     * (Optional) The window in which {@link #afterFailures()} counts, in seconds. It starts with the first failure.
     *
     * @return the window; 900 (15 minutes) by default
     */
    @Nonbinding
    long failureWindowSeconds() default 900;

    /**
     * (Optional) Let this many calls pass without a captcha within {@link #requestWindowSeconds()}, per client IP and per
     * {@link CaptchaKey}; the calls beyond need one (sending SMS or e-mail codes, say).
     *
     * @return the number of calls; 0 (the default) means no such allowance
     */
    @Nonbinding
    int afterRequests() default 0;

    /**
     * (Optional) The window in which {@link #afterRequests()} counts, in seconds. It starts with the first call.
     *
     * @return the window; 3600 (one hour) by default
     */
    @Nonbinding
    long requestWindowSeconds() default 3600;

    /**
     * An instance of {@link RequiresCaptcha}, for programmatic use (for example in a CDI extension).
     *
     * <pre>
     * RequiresCaptcha binding = RequiresCaptcha.Literal.of("test", "login", OutagePolicy.DENY).withAfterFailures(5, 900);
     * </pre>
     */
    final class Literal extends AnnotationLiteral<RequiresCaptcha> implements RequiresCaptcha {

        /** The annotation with every member at its default. */
        public static final Literal INSTANCE = of("", "", OutagePolicy.DEFAULT);

        private static final long serialVersionUID = 1L;

        /** The verifier name. */
        private final String verifier;

        /** The scene. */
        private final String scene;

        /** The outage policy. */
        private final OutagePolicy onOutage;

        /** The failures before a captcha is required. */
        private final int afterFailures;

        /** The failure window, in seconds. */
        private final long failureWindowSeconds;

        /** The calls allowed without a captcha. */
        private final int afterRequests;

        /** The request window, in seconds. */
        private final long requestWindowSeconds;

        private Literal(
                String verifier,
                String scene,
                OutagePolicy onOutage,
                int afterFailures,
                long failureWindowSeconds,
                int afterRequests,
                long requestWindowSeconds) {
            this.verifier = verifier;
            this.scene = scene;
            this.onOutage = onOutage;
            this.afterFailures = afterFailures;
            this.failureWindowSeconds = failureWindowSeconds;
            this.afterRequests = afterRequests;
            this.requestWindowSeconds = requestWindowSeconds;
        }

        /**
         * Creates an instance with the given members.
         *
         * @param verifier the verifier name, empty for the configured default
         * @param scene the scene, empty for none
         * @param onOutage the outage policy
         * @return the annotation instance
         */
        public static Literal of(String verifier, String scene, OutagePolicy onOutage) {
            return new Literal(verifier, scene, onOutage, 0, 900, 0, 3600);
        }

        /**
         * This instance with an {@link RequiresCaptcha#afterFailures()} trigger.
         *
         * @param failures the failures before a captcha is required
         * @param windowSeconds the window in which they count
         * @return the new instance
         */
        public Literal withAfterFailures(int failures, long windowSeconds) {
            return new Literal(verifier, scene, onOutage, failures, windowSeconds, afterRequests, requestWindowSeconds);
        }

        /**
         * This instance with an {@link RequiresCaptcha#afterRequests()} trigger.
         *
         * @param requests the calls allowed without a captcha
         * @param windowSeconds the window in which they count
         * @return the new instance
         */
        public Literal withAfterRequests(int requests, long windowSeconds) {
            return new Literal(verifier, scene, onOutage, afterFailures, failureWindowSeconds, requests, windowSeconds);
        }

        @Override
        public String verifier() {
            return verifier;
        }

        @Override
        public String scene() {
            return scene;
        }

        @Override
        public OutagePolicy onOutage() {
            return onOutage;
        }

        @Override
        public int afterFailures() {
            return afterFailures;
        }

        @Override
        public long failureWindowSeconds() {
            return failureWindowSeconds;
        }

        @Override
        public int afterRequests() {
            return afterRequests;
        }

        @Override
        public long requestWindowSeconds() {
            return requestWindowSeconds;
        }
    }
}
