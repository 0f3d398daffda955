package org.captchaee.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.captchaee.bench.app.BenchResource;
import org.captchaee.bench.app.TencentSdkResource;
import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.PowChallenges;
import org.captchaee.it.support.TencentDeployments;
import org.captchaee.it.support.redis.SharedRedis;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The guard's cost on a real server, every comparison side by side in one run: the throughput of a trivial endpoint
 * without and with {@code @RequiresCaptcha} (an application verifier, the built-in proof of work, the Redis store),
 * measured with {@code wrk} on the same machine, and the latency and failures of protected calls while the provider
 * never answers, measured by a {@link ClosedLoop}, next to the same endpoint written with the official Tencent Cloud
 * SDK. It prints its figures (and writes them to {@code target/server-benchmark.txt}); it fails only when a promise is
 * broken: a request failed under the outage policy {@code allow}.
 *
 * <pre>arquillian/server-benchmark.sh</pre>
 */
@ExtendWith({SharedRedis.class, ArquillianExtension.class})
class ServerBenchmark {

    private static final TencentStub TENCENT = TencentStub.start();
    private static final int THREADS = 2;
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 16);
    private static final int OUTAGE_CONNECTIONS = 8;
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup.seconds", 20));
    private static final Duration ROUND = Duration.ofSeconds(Long.getLong("bench.round.seconds", 10));
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int POW_ROUNDS = Integer.getInteger("bench.pow.rounds", 3);
    private static final int POW_TOKENS = Integer.getInteger("bench.pow.tokens", 12_000);
    private static final int SOLVERS = 4;
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("bench.outage.seconds", 30));
    /** Long enough for the breaker to see its 20 calls while each of 8 connections waits 1.5 s per call. */
    private static final Duration BREAKER_OPENING = Duration.ofSeconds(6);
    /**
     * Each outage endpoint's warm-up once the breaker is open, as the plain endpoint had its own, so that neither is
     * measured while the server still loads and compiles a path it never ran before (the refusal's problem answer, say).
     */
    private static final Duration OPEN_WARM_UP =
            Duration.ofSeconds(Long.getLong("bench.outage.warmup.seconds", 10));
    private static final String[] TENCENT_TICKET = {"X-Captcha-Ticket: bench-ticket", "X-Captcha-Randstr: @bench"};
    private static final String POW_HEADER = "X-Captcha-Token";
    private static final String SDK = "bench-sdk";
    /** A secret of this run, as a cluster's operator sets one (the Redis store requires it). */
    private static final String SECRET = randomSecret();

    @ArquillianResource
    @OperateOnDeployment("memory")
    private URL memory;

    @ArquillianResource
    @OperateOnDeployment("redis")
    private URL redis;

    /** Deploys the SDK's WAR only for the outage phase: its 56 MB jar would weigh on the heap of the other phases. */
    @ArquillianResource
    private Deployer deployer;

    private final Report report = new Report();

    @Deployment(name = "memory", testable = false, order = 1)
    static WebArchive memoryStore() {
        return war("bench").build();
    }

    @Deployment(name = "redis", testable = false, order = 2)
    static WebArchive redisStore() {
        return war("bench-redis").withRedisStore(SharedRedis.uri()).build();
    }

    @Deployment(name = SDK, testable = false, managed = false)
    static WebArchive tencentSdk() {
        return withTencentSdk(TencentDeployments.pointedAt(
                        Deployments.war(SDK).withoutEventLog().withClasses(TencentSdkResource.class), TENCENT)
                .build());
    }

    @Test
    void benchmark() throws Exception {
        Wrk.requireInstalled();
        Path work = Files.createDirectories(Path.of(System.getProperty("bench.work", "target/server-benchmark")));
        Wrk wrk = new Wrk(work, THREADS);
        String plain = url(memory, "bench/plain");
        String guarded = url(memory, "bench/protected");
        String guardedOnRedis = url(redis, "bench/protected");
        report.line("Server benchmark: %d cores, wrk -t%d -c%d, rounds of %d s after %d s of warm-up per endpoint",
                Runtime.getRuntime().availableProcessors(), THREADS, CONNECTIONS, ROUND.toSeconds(), WARM_UP.toSeconds());

        wrk.freshTokens(plain, CONNECTIONS, WARM_UP, "warm");
        wrk.freshTokens(guarded, CONNECTIONS, WARM_UP, "warm");
        wrk.freshTokens(guardedOnRedis, CONNECTIONS, WARM_UP, "warm");
        throughput(wrk, plain, guarded, guardedOnRedis);
        if (POW_ROUNDS > 0) {
            pow(wrk, work, plain);
        }
        if (!OUTAGE.isZero()) {
            outage(plain);
        }
        report.save(work.resolve("../server-benchmark.txt"));
    }

    /**
     * Plain, protected and protected on Redis, alternating, each round's pair compared. The plain endpoint gets the same
     * fresh tokens from the same script, which it ignores: wrk shares the cores with the server, and a script that makes
     * each request costs wrk more than the fixed request it sends without one.
     */
    private void throughput(Wrk wrk, String plain, String guarded, String guardedOnRedis) {
        List<Double> memoryRatios = new ArrayList<>();
        List<Double> redisRatios = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            WrkRun open = wrk.freshTokens(plain, CONNECTIONS, ROUND, "r" + round);
            WrkRun inMemory = wrk.freshTokens(guarded, CONNECTIONS, ROUND, "r" + round);
            WrkRun onRedis = wrk.freshTokens(guardedOnRedis, CONNECTIONS, ROUND, "r" + round);
            requireNoFailures("plain", open);
            requireNoFailures("protected", inMemory);
            requireNoFailures("protected on Redis", onRedis);
            memoryRatios.add(inMemory.perSecond() / open.perSecond());
            redisRatios.add(onRedis.perSecond() / open.perSecond());
            report.line("round %d: plain %,.0f/s (p99 %.2f ms), protected %,.0f/s (p99 %.2f ms), protected on Redis"
                            + " %,.0f/s (p99 %.2f ms)",
                    round, open.perSecond(), millis(open.p99Micros()), inMemory.perSecond(),
                    millis(inMemory.p99Micros()), onRedis.perSecond(), millis(onRedis.p99Micros()));
        }
        report.ratio("protected / plain, application verifier, in-memory store", memoryRatios);
        report.ratio("protected / plain, application verifier, Redis store", redisRatios);
    }

    /** Proof-of-work tokens solved beforehand, each sent once, against as many plain calls under the same script. */
    private void pow(Wrk wrk, Path work, String plain) throws Exception {
        List<Double> ratios = new ArrayList<>();
        String pow = url(memory, "bench/pow");
        for (int round = 1; round <= POW_ROUNDS; round++) {
            long start = System.nanoTime();
            Path tokens = solvePow(work.resolve("pow-" + round + ".txt"), POW_TOKENS);
            double seconds = (System.nanoTime() - start) / 1e9;
            WrkRun open = wrk.preparedTokens(plain, CONNECTIONS, ROUND.multipliedBy(3), tokens, "none");
            WrkRun solved = wrk.preparedTokens(pow, CONNECTIONS, ROUND.multipliedBy(3), tokens, POW_HEADER);
            requireNoFailures("plain", open);
            requireNoFailures("proof of work", solved);
            double plainRate = open.perSecondOf(CONNECTIONS);
            double powRate = solved.perSecondOf(CONNECTIONS);
            ratios.add(powRate / plainRate);
            report.line("pow round %d (%,d tokens solved in %.1f s, each sent once): plain %,.0f/s, proof of work"
                            + " %,.0f/s (connections / mean latency)",
                    round, solved.requests(), seconds, plainRate, powRate);
        }
        report.ratio("protected / plain, built-in proof of work (v1, max-number 1000)", ratios);
    }

    /**
     * Tencent never answers: the first calls wait for the timeout until the breaker opens, then calls pass (allow) or are
     * refused (deny) at once, each measured after a warm-up of its own; the SDK endpoint waits as long as the stub holds
     * the connection. Measured by a {@link ClosedLoop} in this JVM, whose latency figures add up with its counts.
     */
    private void outage(String plain) {
        String allow = url(memory, "bench/tencent-allow");
        String deny = url(memory, "bench/tencent-deny");
        deployer.deploy(SDK);
        String sdk = url(memory, "sdk").replace("/bench/", "/" + SDK + "/");
        ClosedLoop.run(plain, OUTAGE_CONNECTIONS, OPEN_WARM_UP); // the loop's own HTTP client is compiled too
        TENCENT.fault(Fault.HANG);
        int callsBefore = TENCENT.calls();
        WrkRun opening = ClosedLoop.run(allow, OUTAGE_CONNECTIONS, BREAKER_OPENING, TENCENT_TICKET);
        ClosedLoop.run(allow, OUTAGE_CONNECTIONS, OPEN_WARM_UP, TENCENT_TICKET);
        ClosedLoop.run(deny, OUTAGE_CONNECTIONS, OPEN_WARM_UP, TENCENT_TICKET);
        WrkRun open = ClosedLoop.run(allow, OUTAGE_CONNECTIONS, OUTAGE, TENCENT_TICKET);
        int providerCalls = TENCENT.calls() - callsBefore;
        WrkRun plainBeside = ClosedLoop.run(plain, OUTAGE_CONNECTIONS, OUTAGE);
        WrkRun denied = ClosedLoop.run(deny, OUTAGE_CONNECTIONS, OUTAGE, TENCENT_TICKET);
        WrkRun official = ClosedLoop.run(sdk, OUTAGE_CONNECTIONS, OUTAGE, TENCENT_TICKET);
        TENCENT.fault(Fault.NONE);
        requireNoFailures("tencent-allow while the breaker opens", opening);
        requireNoFailures("tencent-allow while Tencent hangs", open);
        report.line("Tencent never answers (timeout 1.5 s), a closed loop of %d connections:", OUTAGE_CONNECTIONS);
        report.outage("allow, first %d s (breaker opening)".formatted(BREAKER_OPENING.toSeconds()), opening);
        report.outage("allow, next %d s (breaker open)".formatted(OUTAGE.toSeconds()), open);
        report.outage("plain endpoint, beside it", plainBeside);
        report.outage("deny (503), breaker open", denied);
        report.outage("official Tencent Cloud SDK, default client", official);
        report.line("calls that reached Tencent: %d in %d s (%d s under allow, %d s under deny)", providerCalls,
                BREAKER_OPENING.plus(OPEN_WARM_UP.multipliedBy(2)).plus(OUTAGE).toSeconds(),
                BREAKER_OPENING.plus(OPEN_WARM_UP).plus(OUTAGE).toSeconds(), OPEN_WARM_UP.toSeconds());
        report.line("p99 once open / plain p99: allow %.2f, deny %.2f; allow max while opening: %.0f ms",
                (double) open.p99Micros() / plainBeside.p99Micros(),
                (double) denied.p99Micros() / plainBeside.p99Micros(), millis(opening.maxMicros()));
        report.line("requests answered in %d s: library under allow %,d, official SDK %,d (%,d of them 2xx)",
                OUTAGE.toSeconds(), open.succeeded(), official.requests(), official.succeeded());
    }

    private Path solvePow(Path file, int count) throws InterruptedException, ExecutionException, IOException {
        ExecutorService solvers = Executors.newFixedThreadPool(SOLVERS);
        try {
            List<Future<List<String>>> shares = new ArrayList<>();
            for (int i = 0; i < SOLVERS; i++) {
                shares.add(solvers.submit(() -> {
                    Http http = new Http(memory);
                    try {
                        PowChallenges challenges = new PowChallenges(http, "auth/human/pow");
                        return Stream.generate(challenges::solved).limit(count / SOLVERS).toList();
                    } finally {
                        http.close();
                    }
                }));
            }
            List<String> tokens = new ArrayList<>();
            for (Future<List<String>> share : shares) {
                tokens.addAll(share.get());
            }
            return Files.write(file, tokens);
        } finally {
            solvers.shutdownNow();
        }
    }

    private static void requireNoFailures(String what, WrkRun run) {
        assertEquals(0, run.failed(), () -> what + ": " + run);
    }

    private static String url(URL deployment, String path) {
        String base = deployment.toExternalForm();
        return base + (base.endsWith("/") ? "" : "/") + "api/" + path;
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }

    private static Deployments war(String name) {
        return TencentDeployments.pointedAt(
                Deployments.war(name)
                        .withoutEventLog()
                        .withClasses(BenchResource.class, FreshTokenVerifier.class)
                        .withConfig("captcha.verifier", FreshTokenVerifier.NAME)
                        .withConfig("captcha.secret", SECRET)
                        .withConfig("captcha.outage.allow-budget", "0")
                        .withConfig("captcha.pow.protocol", "v1")
                        .withConfig("captcha.pow.max-number", "1000")
                        .withConfig("captcha.endpoints.path", "/auth/human/"),
                TENCENT);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Adds the official Tencent Cloud SDK and its dependencies, as the build copied them. */
    private static WebArchive withTencentSdk(WebArchive war) {
        Path sdk = Path.of(System.getProperty("captcha.libs"), "tencent-sdk");
        try (Stream<Path> jars = Files.list(sdk)) {
            return war.addAsLibraries(jars.map(Path::toFile).toArray(File[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("the Tencent Cloud SDK was not copied to " + sdk, e);
        }
    }

    /** The figures, printed as they come and saved at the end. */
    private static final class Report {

        private final StringBuilder text = new StringBuilder();

        void line(String format, Object... arguments) {
            String line = String.format(Locale.ROOT, format, arguments);
            System.out.println(line);
            text.append(line).append('\n');
        }

        void ratio(String what, List<Double> ratios) {
            List<Double> sorted = ratios.stream().sorted().toList();
            line("%s: median %.2f (range %.2f to %.2f, %d pairs)", what, sorted.get(sorted.size() / 2),
                    sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
        }

        void outage(String what, WrkRun run) {
            line("  %-45s %,8d answers (%,d refused, %,d unanswered), p50 %8.2f ms, p99 %8.2f ms, max %8.2f ms", what,
                    run.requests(), run.refused(), run.socketErrors(), millis(run.p50Micros()),
                    millis(run.p99Micros()), millis(run.maxMicros()));
        }

        void save(Path file) throws IOException {
            Files.writeString(file, text);
        }
    }
}
