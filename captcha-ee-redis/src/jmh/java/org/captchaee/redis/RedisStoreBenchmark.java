package org.captchaee.redis;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.captchaee.spi.CaptchaStateStore;
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
 * The state store's share of one protected call, a replay mark ({@code putIfAbsent}) plus a counter
 * ({@code increment}), on the Redis store (a redis-server on loopback, started by each fork) and on the in-memory
 * store, side by side: throughput and average time, from 1 and from 8 threads.
 *
 * <p>Marks live {@value #MARK_TTL_MILLIS} ms so that both stores reach the steady state of a busy server (as many marks
 * expire as arrive) instead of filling up. Counters are drawn from 1024 clients.
 *
 * <pre>mvn -B -pl captcha-ee-redis -am -Predis-benchmarks verify -DskipTests</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RedisStoreBenchmark {

    private static final long MARK_TTL_MILLIS = 200;
    private static final Duration MARK_TTL = Duration.ofMillis(MARK_TTL_MILLIS);
    private static final Duration COUNTER_TTL = Duration.ofMinutes(5);

    @Param({"memory", "redis"})
    public String store;

    private final AtomicLong sequence = new AtomicLong();
    private BenchmarkStore opened;
    private CaptchaStateStore states;

    @Setup(Level.Trial)
    public void start() {
        opened = BenchmarkStore.open(store);
        states = opened.store;
    }

    @TearDown(Level.Trial)
    public void stop() {
        opened.close();
    }

    @Benchmark
    @Threads(1)
    public long protectedCall_1thread() {
        return protectedCall();
    }

    @Benchmark
    @Threads(8)
    public long protectedCall_8threads() {
        return protectedCall();
    }

    private long protectedCall() {
        boolean fresh = states.putIfAbsent("replay:" + sequence.incrementAndGet(), MARK_TTL);
        long count =
                states.increment("failures:ip:" + ThreadLocalRandom.current().nextInt(1024), COUNTER_TTL);
        return fresh ? count : -count;
    }
}
