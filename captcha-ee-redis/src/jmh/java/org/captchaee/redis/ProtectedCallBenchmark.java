package org.captchaee.redis;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.captchaee.OutagePolicy;
import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.observe.GuardSignals;
import org.captchaee.impl.runtime.AllowBudget;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.impl.state.SharedState;
import org.captchaee.impl.verify.CaptchaGate;
import org.captchaee.impl.verify.Decision;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * One protected call that passes, decided by the library's gate with everything it does in the state store (the keyed
 * digest of the replay key, the replay mark, the outage ledger's update), on the Redis store (a redis-server on
 * loopback, started by each fork) and on the in-memory store, side by side. The verifier itself costs nothing here, so
 * the difference between the two is the latency Redis adds to a protected call.
 *
 * <pre>mvn -B -pl captcha-ee-redis -am -Predis-benchmarks verify -DskipTests -Djmh.args='-f 2 -wi 2 -w 2s -i 3 -r 2s ProtectedCallBenchmark'</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProtectedCallBenchmark {

    private static final Duration REPLAY_WINDOW = Duration.ofMillis(200);
    private static final Method METHOD = Object.class.getMethods()[0];
    private static final CaptchaOperation OPERATION =
            new CaptchaOperation("free", "", OutagePolicy.ALLOW, Optional.empty());
    private static final byte[] DIGEST_KEY = "benchmark key of the state store".getBytes(StandardCharsets.UTF_8);

    @Param({"memory", "redis"})
    public String store;

    private final AtomicLong sequence = new AtomicLong();
    private CaptchaGate gate;
    private BenchmarkStore states;

    @Setup(Level.Trial)
    public void start() {
        states = BenchmarkStore.open(store);
        SharedState shared = new SharedState(states.store, DIGEST_KEY);
        CaptchaVerifier free = new PassingVerifier();
        gate = new CaptchaGate(
                name -> free, shared, new OutageLedger(shared), AllowBudget.UNLIMITED, new GuardSignals());
    }

    @TearDown(Level.Trial)
    public void stop() {
        states.close();
    }

    @Benchmark
    @Threads(1)
    public Decision passingCall_1thread() {
        return passingCall();
    }

    @Benchmark
    @Threads(8)
    public Decision passingCall_8threads() {
        return passingCall();
    }

    private Decision passingCall() {
        CaptchaSubmission submission = new CaptchaSubmission(
                Map.of("X-Captcha-Token", "token-" + sequence.incrementAndGet()), "192.0.2.1", "", null, METHOD);
        Decision decision = gate.decide(OPERATION, submission, "192.0.2.1");
        if (decision.refusal().isPresent()) {
            throw new IllegalStateException("a fresh token was refused: " + decision);
        }
        return decision;
    }

    /** Passes every token, one time each; costs nothing of its own. */
    private static final class PassingVerifier implements CaptchaVerifier {

        @Override
        public Set<String> headers() {
            return Set.of("X-Captcha-Token");
        }

        @Override
        public Duration replayWindow() {
            return REPLAY_WINDOW;
        }

        @Override
        public Verdict verify(CaptchaSubmission submission) {
            return submission
                    .header("X-Captcha-Token")
                    .map(token -> Verdict.passed(null))
                    .orElseGet(() -> Verdict.rejected(VerdictReason.MISSING, null));
        }
    }
}
