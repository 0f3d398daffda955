package org.captchaee.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

/**
 * The name of a {@link CaptchaVerifier} bean: the value that {@code captcha.verifier},
 * {@code captcha.outage.fallback} and {@link org.captchaee.RequiresCaptcha#verifier()} refer to.
 *
 * <p>Names are lower case letters, digits and dashes, starting with a letter ({@code tencent}, {@code aliyun-v1}). Two
 * enabled beans with one name fail the deployment, unless one is an enabled {@code @Alternative}, which then replaces
 * the other.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * &#64;ApplicationScoped
 * &#64;VerifierName("pin")
 * public class PinVerifier implements CaptchaVerifier { ... }
 * </pre>
 *
 * @since 0.1
 * @see CaptchaVerifier
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface VerifierName {

    /**
     * The verifier's name.
     *
     * @return the name, for example {@code "tencent"}
     */
    String value();

    /** An instance of {@link VerifierName}, for {@code Instance.select(...)}. */
    final class Literal extends AnnotationLiteral<VerifierName> implements VerifierName {

        private static final long serialVersionUID = 1L;

        /** The verifier's name. */
        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        /**
         * Creates an instance.
         *
         * @param value the verifier's name
         * @return the qualifier instance
         */
        public static Literal of(String value) {
            return new Literal(value);
        }

        @Override
        public String value() {
            return value;
        }
    }
}
