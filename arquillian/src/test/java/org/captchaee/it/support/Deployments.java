package org.captchaee.it.support;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.AnswersResource;
import org.captchaee.it.app.EventLog;
import org.captchaee.it.app.EventsResource;
import org.captchaee.it.app.KnownAnswers;
import org.captchaee.it.app.TestApplication;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the test WARs: the library jars as built by this reactor, the test's own classes, and its own
 * {@code microprofile-config.properties}.
 *
 * <pre>
 * Deployments.war("answers").withClasses(ProtectedResource.class).withConfig(ConfigKeys.VERIFIER, "test").withTestMode()
 *         .build();
 * </pre>
 */
public final class Deployments {

    private static final String BEANS_XML =
            """
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
            """;

    private final String name;
    private final List<Class<?>> classes = new ArrayList<>(List.of(EventLog.class, EventsResource.class));
    private Class<?> application = TestApplication.class;
    private final StringBuilder config = new StringBuilder();
    private final List<String> webResources = new ArrayList<>();
    private final Map<String, Path> webFiles = new LinkedHashMap<>();
    private boolean redisStore;
    private boolean bouncyCastle;

    private Deployments(String name) {
        this.name = name;
    }

    /**
     * Starts a WAR.
     *
     * @param name the WAR's name, without {@code .war}; also its context root
     * @return the builder
     */
    public static Deployments war(String name) {
        return new Deployments(name);
    }

    /**
     * Leaves out the test log of every {@code CaptchaEvent} (and its endpoint), which keeps each event in memory: for a
     * WAR under load, such as the benchmark's.
     *
     * @return this builder
     */
    public Deployments withoutEventLog() {
        classes.removeAll(List.of(EventLog.class, EventsResource.class));
        return this;
    }

    /**
     * Adds application classes.
     *
     * @param more the classes
     * @return this builder
     */
    public Deployments withClasses(Class<?>... more) {
        classes.addAll(List.of(more));
        return this;
    }

    /**
     * Replaces the default JAX-RS application, which relies on scanning.
     *
     * @param applicationClass the application class to deploy instead
     * @return this builder
     */
    public Deployments withApplication(Class<?> applicationClass) {
        application = applicationClass;
        return this;
    }

    /**
     * Adds one configuration property.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Deployments withConfig(String key, String value) {
        config.append(key).append('=').append(value).append('\n');
        return this;
    }

    /**
     * Sets {@code captcha.test-mode=true}, which a deployment needs when it uses the built-in {@code test} verifier or a
     * provider's published test keys: without it, such a deployment fails. Call it on exactly those deployments.
     *
     * @return this builder
     */
    public Deployments withTestMode() {
        return withConfig(ConfigKeys.TEST_MODE, "true");
    }

    /**
     * Keeps the state store on Redis: adds {@code captcha-ee-redis} and its dependencies (as the build copied them to
     * {@code captcha.libs/redis-store}) and sets {@code captcha.store=redis} and {@code captcha.store.redis.uri}.
     *
     * @param uri the Redis URI
     * @return this builder
     */
    public Deployments withRedisStore(String uri) {
        redisStore = true;
        return withConfig(ConfigKeys.STORE, "redis").withConfig("captcha.store.redis.uri", uri);
    }

    /**
     * Adds Bouncy Castle ({@code bcprov-jdk18on}, as the build copied it to {@code captcha.libs}) to the WAR, as an
     * application does for the {@code SCRYPT} and {@code ARGON2ID} proof of work.
     *
     * @return this builder
     */
    public Deployments withBouncyCastle() {
        bouncyCastle = true;
        return this;
    }

    /**
     * Adds test resources (from {@code src/test/resources}) as web content at the WAR's root.
     *
     * @param resources the resource names, such as {@code browser/browser.html}; each is served under its file name
     * @return this builder
     */
    public Deployments withWebResources(String... resources) {
        webResources.addAll(List.of(resources));
        return this;
    }

    /**
     * Adds a file of the file system as web content.
     *
     * @param file the file, such as one the build installed with npm
     * @param target its path in the WAR, such as {@code altcha/altcha.js}
     * @return this builder
     */
    public Deployments withWebFile(Path file, String target) {
        webFiles.put(target, file);
        return this;
    }

    /**
     * Builds the WAR.
     *
     * @return the archive
     */
    public WebArchive build() {
        ContextRoots.remember(name);
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war");
        webResources.forEach(
                resource -> war.addAsWebResource(resource, resource.substring(resource.lastIndexOf('/') + 1)));
        webFiles.forEach((target, file) -> war.addAsWebResource(file.toFile(), target));
        return war.addClasses(application)
                .addClasses(classes.toArray(Class<?>[]::new))
                .addAsLibraries(library("captcha-ee-api"), library("captcha-ee-impl"))
                .addAsLibraries(redisStore ? redisStoreLibraries() : new File[0])
                .addAsLibraries(bouncyCastle ? new File[] {library("bcprov-jdk18on")} : new File[0])
                .addAsResource(new StringAsset(config.toString()), "META-INF/microprofile-config.properties")
                .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml");
    }

    /**
     * The sample application's WAR, as built by this reactor.
     *
     * @return the WAR file
     */
    public static File sampleWar() {
        return libs().resolve("captcha-ee-sample.war").toFile();
    }

    /**
     * The sample WAR as built, plus the test-only classes that tell the test the answers of image challenges and the
     * events endpoint every test deployment has.
     *
     * @return the archive
     */
    public static WebArchive sampleWithKnownAnswers() {
        return ShrinkWrap.create(ZipImporter.class, "captcha-ee-sample.war")
                .importFrom(sampleWar())
                .as(WebArchive.class)
                .addClasses(KnownAnswers.class, AnswersResource.class, EventLog.class, EventsResource.class)
                .addAsLibrary(testClientConfig());
    }

    /**
     * A jar whose {@code microprofile-config.properties} (above the sample's own, ordinal 500) trusts the loopback
     * address as a proxy, so that each test can call from a client address of its own with {@code X-Forwarded-For}.
     */
    private static JavaArchive testClientConfig() {
        return ShrinkWrap.create(JavaArchive.class, "sample-test-clients.jar")
                .addAsManifestResource(
                        new StringAsset("config_ordinal=500\ncaptcha.client-ip.trusted-proxies=127.0.0.1, ::1\n"),
                        "microprofile-config.properties");
    }

    private static File library(String artifactId) {
        File[] jars =
                libs().toFile().listFiles((dir, file) -> file.startsWith(artifactId + "-") && file.endsWith(".jar"));
        if (jars == null || jars.length != 1) {
            throw new IllegalStateException("Expected one " + artifactId + " jar in " + libs());
        }
        return jars[0];
    }

    private static File[] redisStoreLibraries() {
        File[] jars = libs().resolve("redis-store").toFile().listFiles((dir, file) -> file.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("No jars of captcha-ee-redis in " + libs().resolve("redis-store")
                    + ": the build copies them there (pre-integration-test)");
        }
        return jars;
    }

    private static Path libs() {
        String dir = System.getProperty("captcha.libs");
        if (dir == null) {
            throw new IllegalStateException("System property captcha.libs is not set: run the tests with Maven");
        }
        return Path.of(dir);
    }
}
