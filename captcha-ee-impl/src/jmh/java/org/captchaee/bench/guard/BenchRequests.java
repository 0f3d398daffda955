package org.captchaee.bench.guard;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.servlet.http.HttpServletRequest;

import org.captchaee.bench.FreshTokenVerifier;

/**
 * The {@code HttpServletRequest} a web container would give the guard, for a CDI container without one: each benchmark
 * thread sets the captcha token of its next call, and the request answers the few methods the guard reads. It stands
 * in for what the library does not own (the servlet container), never for the guard.
 */
@ApplicationScoped
public class BenchRequests {

    private static final String TOKEN_HEADER = FreshTokenVerifier.HEADER;

    private static final String PEER = "203.0.113.7";
    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) bench";
    private static final ThreadLocal<String> TOKEN = new ThreadLocal<>();

    /**
     * Sets the token the calling thread's next request carries.
     *
     * @param token the token, or {@code null} for a request without one
     */
    public static void token(String token) {
        TOKEN.set(token);
    }

    /**
     * The current request, as the guard sees it.
     *
     * @return a request whose captcha header is the calling thread's token
     */
    @Produces
    @ApplicationScoped
    HttpServletRequest request() {
        Map<String, Object> attributes = new ConcurrentHashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderNames" -> Collections.enumeration(headerNames());
                    case "getHeaders" -> Collections.enumeration(header((String) args[0]));
                    case "getHeader" -> header((String) args[0]).stream()
                            .findFirst()
                            .orElse(null);
                    case "getRemoteAddr" -> PEER;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "bench request";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static List<String> headerNames() {
        return TOKEN.get() == null
                ? List.of("Host", "User-Agent", "Accept")
                : List.of("Host", "User-Agent", "Accept", TOKEN_HEADER);
    }

    private static List<String> header(String name) {
        if (TOKEN_HEADER.equalsIgnoreCase(name) && TOKEN.get() != null) {
            return List.of(TOKEN.get());
        }
        if ("User-Agent".equalsIgnoreCase(name)) {
            return List.of(USER_AGENT);
        }
        if ("Host".equalsIgnoreCase(name)) {
            return List.of("localhost:8080");
        }
        if ("Accept".equalsIgnoreCase(name)) {
            return List.of("application/json");
        }
        return List.of();
    }
}
