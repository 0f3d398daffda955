package org.captchaee.impl.provider;

import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaUnavailableException;

/**
 * The outbound proxy answered 407: it wants credentials, or refused ours. No client can cause that, so it is an outage
 * of our own configuration ({@link VerdictReason#MISCONFIGURED}), and the operator is told which key to check.
 */
public class ProxyRefusedException extends CaptchaUnavailableException {

    private static final long serialVersionUID = 1L;

    /** The provider code of the outage, as events and problem bodies show it. */
    public static final String CODE = "proxy-407";

    /** The key that configures the proxy; never its value. */
    private final String key;

    /**
     * Creates an exception.
     *
     * @param provider the provider's name, for the message
     * @param key the key that configures the proxy, for example {@code captcha.http.proxy}
     */
    public ProxyRefusedException(String provider, String key) {
        super(VerdictReason.MISCONFIGURED, CODE, "the outbound proxy refused the call to " + provider, null);
        this.key = key;
    }

    /**
     * The key an operator checks.
     *
     * @return for example {@code captcha.tencent.http.proxy}
     */
    public String key() {
        return key;
    }
}
