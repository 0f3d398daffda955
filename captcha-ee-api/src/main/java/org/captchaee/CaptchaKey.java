package org.captchaee;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what the adaptive triggers of {@link RequiresCaptcha} count per, besides the client IP: typically the account a
 * login is for. An attacker who spreads password guesses over many IP addresses against one account still meets the
 * captcha after {@link RequiresCaptcha#afterFailures()} failures of that account.
 *
 * <p>Put it on a parameter of the protected method (its value is the key), on a field, record component or getter of a
 * parameter's class (that property of the argument is the key), or on a parameter with the name of a property
 * ({@code @CaptchaKey("username")}): then that property of the argument, or that member when the argument is JSON text
 * or a {@code jakarta.json.JsonObject}. Keys are compared ignoring case and surrounding spaces; a missing key counts per
 * IP only.
 *
 * <p>A JSON key member must be a string or a number: one that is present as an array, object, boolean or {@code null},
 * or that appears more than once with different values, is answered {@code 400 captcha_malformed} (a client could
 * otherwise hide the key that the application's JSON binding still reads). A JSON text body is read for its key up to
 * 64 Ki characters; a longer one is answered {@code 413 captcha_body_too_large}.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * &#64;POST
 * &#64;RequiresCaptcha(afterFailures = 5)
 * public Response login(Credentials credentials) { ... }
 *
 * public class Credentials {
 *     &#64;CaptchaKey public String username;
 *     public String password;
 * }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface CaptchaKey {

    /**
     * (Optional) On a parameter: the property of the argument that holds the key.
     *
     * @return the property name; empty (the default) means the argument itself, or the property annotated in its class
     */
    String value() default "";
}
