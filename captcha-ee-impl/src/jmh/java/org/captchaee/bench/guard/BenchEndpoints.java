package org.captchaee.bench.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.captchaee.RequiresCaptcha;

/** Two trivial JAX-RS resource methods, one of them protected: the benchmark compares calls to both. */
public final class BenchEndpoints {

    private BenchEndpoints() {}

    /** Answers without a captcha. */
    @ApplicationScoped
    @Path("plain")
    public static class Plain {

        /**
         * A trivial answer.
         *
         * @return {@code "ok"}
         */
        @GET
        public String hello() {
            return "ok";
        }
    }

    /** Answers once the captcha passed. */
    @ApplicationScoped
    @Path("protected")
    public static class Protected {

        /**
         * A trivial answer behind the guard.
         *
         * @return {@code "ok"}
         */
        @GET
        @RequiresCaptcha
        public String hello() {
            return "ok";
        }
    }
}
