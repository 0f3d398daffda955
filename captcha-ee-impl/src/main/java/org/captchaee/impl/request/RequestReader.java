package org.captchaee.impl.request;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads the current request through the {@code HttpServletRequest} bean that every Jakarta EE web container provides.
 * This is the one route to the request that works the same on WildFly, Payara and Open Liberty from inside a CDI
 * interceptor (JAX-RS {@code HttpHeaders} is not a CDI bean on Jersey, and {@code @Context} is not honoured in
 * interceptors on RESTEasy), and it also gives the connection's peer address.
 */
@ApplicationScoped
public class RequestReader {

    private static final String FORWARDED = "Forwarded";
    private static final String X_FORWARDED_FOR = "X-Forwarded-For";

    private final HttpServletRequest request;

    /**
     * Creates a reader.
     *
     * @param request the current request (a proxy)
     */
    @Inject
    public RequestReader(HttpServletRequest request) {
        this.request = request;
    }

    /** For the CDI client proxy only. */
    protected RequestReader() {
        this.request = null;
    }

    /**
     * Reads the current request.
     *
     * @return what the library needs of it
     * @throws IllegalStateException if no HTTP request is active, for example when a protected method is called from a
     *     timer
     */
    public CaptchaRequest read() {
        try {
            Map<String, List<String>> captchaHeaders = new LinkedHashMap<>();
            boolean forwarded = false;
            boolean xForwardedFor = false;
            for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
                String name = names.nextElement();
                if (CaptchaHeaders.isCaptchaHeader(name)) {
                    // getHeaders ignores case, so each header is read once, under its lower-case name
                    captchaHeaders.putIfAbsent(name.toLowerCase(Locale.ROOT), values(name));
                } else if (FORWARDED.equalsIgnoreCase(name)) {
                    forwarded = true;
                } else if (X_FORWARDED_FOR.equalsIgnoreCase(name)) {
                    xForwardedFor = true;
                }
            }
            // the forwarding headers are read only when the request has them: most requests do not
            return new CaptchaRequest(
                    captchaHeaders,
                    request.getRemoteAddr(),
                    forwarded ? values(FORWARDED) : List.of(),
                    xForwardedFor ? values(X_FORWARDED_FOR) : List.of(),
                    request.getHeader("User-Agent"));
        } catch (ContextNotActiveException e) {
            throw new IllegalStateException(
                    "@RequiresCaptcha protects JAX-RS calls, but this call is not part of an HTTP request", e);
        }
    }

    /**
     * Whether a filter or the runtime marked the current request with an attribute.
     *
     * @param name the attribute's name
     * @return {@code true} if the attribute is {@link Boolean#TRUE}
     */
    public boolean isMarked(String name) {
        return Boolean.TRUE.equals(request.getAttribute(name));
    }

    /**
     * Attaches an object to the current request, for a filter that runs later in the same request.
     *
     * @param name the attribute's name
     * @param value the object
     */
    public void attach(String name, Object value) {
        request.setAttribute(name, value);
    }

    private List<String> values(String name) {
        return Collections.list(request.getHeaders(name));
    }
}
