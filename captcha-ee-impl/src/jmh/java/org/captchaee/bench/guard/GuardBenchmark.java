package org.captchaee.bench.guard;

import java.util.concurrent.TimeUnit;

import org.captchaee.bench.FreshTokenVerifier;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The guard's own cost per protected call, without a server: a Weld SE container with the library, the in-memory state
 * store and an application verifier that passes any fresh token. {@link #plain} calls an unprotected method of a CDI
 * bean, {@link #protectedPass} the same method behind {@code @RequiresCaptcha} with a new token each call (headers read,
 * client IP resolved, verifier asked, replay mark, outage ledger, event); the difference is the guard's overhead.
 * {@link #protectedRefused} is a call without a captcha, refused with {@code captcha_required}.
 *
 * <pre>mvn -B -pl captcha-ee-api,captcha-ee-impl -am -Pbenchmarks verify -DskipTests -Djmh.args='GuardBenchmark'</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Dcaptcha.verifier=fresh"})
public class GuardBenchmark {

    private WeldContainer container;
    private BenchEndpoints.Plain plain;
    private BenchEndpoints.Protected guarded;

    /** Each thread's own token sequence: tokens are never reused, so every protected call passes. */
    @State(Scope.Thread)
    public static class Tokens {
        private final String prefix = "t" + Thread.currentThread().getId() + "-";
        private long next;

        String next() {
            return prefix + next++;
        }
    }

    @Setup(Level.Trial)
    public void start() {
        container = new Weld("guard-benchmark")
                .addBeanClasses(
                        BenchRequests.class,
                        FreshTokenVerifier.class,
                        BenchEndpoints.Plain.class,
                        BenchEndpoints.Protected.class)
                .initialize();
        plain = container.select(BenchEndpoints.Plain.class).get();
        guarded = container.select(BenchEndpoints.Protected.class).get();
    }

    @TearDown(Level.Trial)
    public void stop() {
        container.shutdown();
    }

    @Benchmark
    public String plain(Tokens tokens) {
        BenchRequests.token(tokens.next());
        return plain.hello();
    }

    @Benchmark
    public String protectedPass(Tokens tokens) {
        BenchRequests.token(tokens.next());
        return guarded.hello();
    }

    @Benchmark
    public Object protectedRefused() {
        BenchRequests.token(null);
        try {
            return guarded.hello();
        } catch (RuntimeException refused) {
            return refused;
        }
    }
}
