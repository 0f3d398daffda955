package org.captchaee.spi;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a {@link CaptchaVerifier} gets to check: every {@code X-Captcha-*} header of the request, the resolved client IP,
 * the scene, the user agent and the protected method. Provider-neutral and immutable.
 *
 * <p>Header values have already passed the generic checks (at most 4 KiB, no control characters, sent once); a
 * verifier still checks the shape its provider expects and answers {@link org.captchaee.VerdictReason#MALFORMED} when it
 * does not fit.
 *
 * <p>A submission remembers which headers were looked up ({@link #headersRead()}): for a verifier that declares no
 * {@link CaptchaVerifier#headers()}, those are the headers that make its captcha's identity. The library gives each
 * verifier a submission of its own.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * Optional&lt;String&gt; ticket = submission.header("X-Captcha-Ticket");
 * String userIp = submission.clientIp();
 * </pre>
 *
 * @since 0.1
 */
public final class CaptchaSubmission {

    private final Map<String, String> headers;
    private final String clientIp;
    private final String scene;
    private final String userAgent;
    private final Method resourceMethod;
    private final Set<String> headersRead = ConcurrentHashMap.newKeySet();

    /**
     * Creates a submission.
     *
     * @param headers the captcha headers by name (any case)
     * @param clientIp the resolved client IP address
     * @param scene the scene of the protected method, empty for none
     * @param userAgent the {@code User-Agent} header, or {@code null}
     * @param resourceMethod the protected method
     */
    public CaptchaSubmission(
            Map<String, String> headers, String clientIp, String scene, String userAgent, Method resourceMethod) {
        TreeMap<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> byName.put(name.toLowerCase(Locale.ROOT), Objects.requireNonNull(value)));
        this.headers = Collections.unmodifiableMap(byName);
        this.clientIp = Objects.requireNonNull(clientIp, "clientIp");
        this.scene = Objects.requireNonNull(scene, "scene");
        this.userAgent = userAgent;
        this.resourceMethod = Objects.requireNonNull(resourceMethod, "resourceMethod");
    }

    /** A copy that shares the original's (unmodifiable, already normalized) headers, with nothing read yet. */
    private CaptchaSubmission(CaptchaSubmission original) {
        this.headers = original.headers;
        this.clientIp = original.clientIp;
        this.scene = original.scene;
        this.userAgent = original.userAgent;
        this.resourceMethod = original.resourceMethod;
    }

    /**
     * One captcha header, looked up without regard to case.
     *
     * @param name the header name, for example {@code X-Captcha-Token}
     * @return its value, if the request carries it
     */
    public Optional<String> header(String name) {
        headersRead.add(name.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(headers.get(name));
    }

    /**
     * Every captcha header of the request, with lower-case names; lookups ignore case. Asking for the whole map counts
     * as reading every header (see {@link #headersRead()}).
     *
     * @return an unmodifiable map, empty when the request carries no captcha
     */
    public Map<String, String> headers() {
        headersRead.addAll(headers.keySet());
        return headers;
    }

    /**
     * The names of the headers looked up so far through {@link #header(String)}, in lower case, whether the request
     * carries them or not; every header of the request once {@link #headers()} was called.
     *
     * @return an unmodifiable snapshot
     */
    public Set<String> headersRead() {
        return Set.copyOf(headersRead);
    }

    /**
     * The same request for another verifier: equal in every part, with no header read yet.
     *
     * @return a new submission
     */
    public CaptchaSubmission copy() {
        return new CaptchaSubmission(this);
    }

    /**
     * The client IP address: the connection's peer, or the address reported by a trusted proxy.
     *
     * @return the address in textual form
     */
    public String clientIp() {
        return clientIp;
    }

    /**
     * The scene of the protected method ({@link org.captchaee.RequiresCaptcha#scene()}).
     *
     * @return the scene, empty for none
     */
    public String scene() {
        return scene;
    }

    /**
     * The request's {@code User-Agent}.
     *
     * @return the user agent, if sent
     */
    public Optional<String> userAgent() {
        return Optional.ofNullable(userAgent);
    }

    /**
     * The protected method.
     *
     * @return the method
     */
    public Method resourceMethod() {
        return resourceMethod;
    }

    @Override
    public String toString() {
        // header values are captcha tokens: never printed
        return "CaptchaSubmission[headers=" + headers.keySet() + ", clientIp=" + clientIp + ", scene=" + scene + "]";
    }
}
