package org.captchaee.it.support.redis;

import org.captchaee.redis.RedisServerProcess;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Starts one {@code redis-server} for the whole test run, before the first test class that uses it, and stops it (by
 * its own PID) when the run ends. Its port is {@code captcha.redis.port}, reserved by the build, so that the test WARs
 * can name it before it runs; the store connects lazily, so whether Redis or the server starts first does not matter.
 */
public final class SharedRedis implements BeforeAllCallback {

    /** The system property that holds the port, set by the build. */
    public static final String PORT_PROPERTY = "captcha.redis.port";

    private static final Namespace NAMESPACE = Namespace.create(SharedRedis.class);
    private static final int PORT = Integer.getInteger(PORT_PROPERTY, RedisServerProcess.freePort());

    private static volatile RedisServerProcess server;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> new Running(), Running.class);
    }

    /**
     * The URI of the shared Redis, known before it starts.
     *
     * @return {@code redis://127.0.0.1:<port>}
     */
    public static String uri() {
        return "redis://127.0.0.1:" + PORT;
    }

    /**
     * The running server, to stop, restart or query it.
     *
     * @return the server
     */
    public static RedisServerProcess server() {
        if (server == null) {
            throw new IllegalStateException("Redis is not running: extend the test with SharedRedis");
        }
        return server;
    }

    /** The server of the run, stopped when JUnit closes the root context. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {

        Running() {
            server = RedisServerProcess.start(PORT);
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
