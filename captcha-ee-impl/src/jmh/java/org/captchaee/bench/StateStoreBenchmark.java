package org.captchaee.bench;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.captchaee.impl.state.InMemoryStateStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Throughput of the in-memory state store under contention: replay marks of distinct fingerprints (the replay guard)
 * and increments of a few hot counters (adaptive mode), from one and from four threads on the same store.
 *
 * <p>Replay marks live {@value #MARK_TTL_MILLIS} ms here, so that the store reaches the steady state of a busy server (as
 * many marks expire as arrive, well under the maximum) instead of filling up: a full store refuses new keys.
 *
 * <pre>mvn -B -pl captcha-ee-api,captcha-ee-impl -am -Pbenchmarks verify -DskipTests -Djmh.args='StateStore'</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StateStoreBenchmark {

    private static final long MARK_TTL_MILLIS = 200;
    private static final Duration MARK_TTL = Duration.ofMillis(MARK_TTL_MILLIS);
    private static final Duration COUNTER_TTL = Duration.ofMinutes(5);

    private final AtomicLong sequence = new AtomicLong();
    private InMemoryStateStore store;

    @Setup(Level.Iteration)
    public void newStore() {
        store = new InMemoryStateStore(1_000_000, StateStoreBenchmark::millis);
    }

    @Benchmark
    @Threads(1)
    public boolean replayMark_1thread() {
        return store.putIfAbsent(ReplayKeys.key(sequence.incrementAndGet()), MARK_TTL);
    }

    @Benchmark
    @Threads(4)
    public boolean replayMark_4threads() {
        return store.putIfAbsent(ReplayKeys.key(sequence.incrementAndGet()), MARK_TTL);
    }

    @Benchmark
    @Threads(4)
    public long hotCounters_4threads() {
        return store.increment(
                "failures:ip:198.51.100." + ThreadLocalRandom.current().nextInt(16), COUNTER_TTL);
    }

    private static long millis() {
        return System.nanoTime() / 1_000_000 + 1;
    }
}
