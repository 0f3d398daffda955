package org.captchaee.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.captchaee.impl.state.InMemoryStateStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The heap that one million replay entries take in the in-memory state store (target: at most 100 MB), and the time to
 * store them. The heap figure is printed after each iteration: used heap after full GCs, with the filled store reachable,
 * minus the same before filling.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class StateStoreFootprint {

    private static final int ENTRIES = 1_000_000;
    private static final Duration TTL = Duration.ofMinutes(10);

    private String[] keys;
    private InMemoryStateStore store;
    private long heapBefore;

    @Setup(Level.Iteration)
    public void prepare() {
        if (keys == null) {
            keys = new String[ENTRIES];
            for (int i = 0; i < ENTRIES; i++) {
                keys[i] = ReplayKeys.key(i);
            }
        }
        store = null;
        heapBefore = usedHeapAfterGc();
        store = new InMemoryStateStore(ENTRIES, StateStoreFootprint::millis);
    }

    @Benchmark
    public InMemoryStateStore fill1M() {
        for (String key : keys) {
            store.putIfAbsent(key, TTL);
        }
        return store;
    }

    @TearDown(Level.Iteration)
    public void report() {
        long used = usedHeapAfterGc() - heapBefore;
        long held = 0;
        for (int i = 0; i < ENTRIES; i += 1_000) {
            held += store.count(keys[i]);
        }
        System.out.printf(
                "%nheap used by %,d replay entries: %.1f MB (%,d bytes each); sampled entries still held: %d of %d%n",
                ENTRIES, used / 1e6, used / ENTRIES, held, ENTRIES / 1_000);
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long millis() {
        return System.nanoTime() / 1_000_000 + 1;
    }
}
