package org.captchaee.impl.testing;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The {@code HttpServletRequest} a web container would give the library, for a CDI container without one: a test sets
 * the headers and peer of the calling thread's next request, and the request answers the methods the library reads. It
 * stands in for what the library does not own (the servlet container), never for the library.
 */
@ApplicationScoped
public class FakeServletRequests {

    private static final String DEFAULT_PEER = "203.0.113.7";
    private static final ThreadLocal<Request> CURRENT =
            ThreadLocal.withInitial(() -> new Request(DEFAULT_PEER, Map.of()));

    /**
     * Sets the calling thread's next request.
     *
     * @param peer the address the connection comes from
     * @param headers the request's headers, one value each
     */
    public static void next(String peer, Map<String, String> headers) {
        CURRENT.set(new Request(peer, new LinkedHashMap<>(headers)));
    }

    /**
     * Sets the calling thread's next request, from the default peer.
     *
     * @param headers the request's headers, one value each
     */
    public static void next(Map<String, String> headers) {
        next(DEFAULT_PEER, headers);
    }

    /** Forgets the calling thread's request. */
    public static void clear() {
        CURRENT.remove();
    }

    /**
     * The current request, as the library sees it.
     *
     * @return a request that answers from the calling thread's settings
     */
    @Produces
    @ApplicationScoped
    HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderNames" -> Collections.enumeration(
                            CURRENT.get().headers().keySet());
                    case "getHeaders" -> Collections.enumeration(
                            header((String) args[0]).map(List::of).orElse(List.of()));
                    case "getHeader" -> header((String) args[0]).orElse(null);
                    case "getRemoteAddr" -> CURRENT.get().peer();
                    case "getAttribute" -> CURRENT.get().attributes().get((String) args[0]);
                    case "setAttribute" -> CURRENT.get().attributes().put((String) args[0], args[1]);
                    case "getContextPath" -> "/app";
                    case "getServletPath" -> "/api";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "test request";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Optional<String> header(String name) {
        return CURRENT.get().headers().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private record Request(String peer, Map<String, String> headers, Map<String, Object> attributes) {
        Request(String peer, Map<String, String> headers) {
            this(peer, headers, new ConcurrentHashMap<>());
        }
    }
}
