package org.captchaee.impl.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigReader;
import org.captchaee.impl.stub.RecordingProxy;
import org.captchaee.impl.stub.RecordingProxy.Passage;
import org.captchaee.impl.testing.TestConfigs;
import org.captchaee.spi.CaptchaUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Provider calls through the recording proxy on loopback: routing, credentials, bypass, overrides and secrecy. */
class OutboundProxyTest {

    private static final String PASSWORD = "pa@ss:wörd+1";
    private static final String ENCODED = "captcha:pa%40ss%3Aw%C3%B6rd+1";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final List<String> problems = new ArrayList<>();
    private final List<AutoCloseable> started = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : started) {
            closeable.close();
        }
    }

    @Test
    void plainHttpCall_goesThroughTheProxy_inAbsoluteForm() throws Exception {
        RecordingProxy proxy = started(RecordingProxy.start());
        LoopbackTarget target = started(LoopbackTarget.http());
        assertEquals("ok", post(proxy(target, ConfigKeys.HTTP_PROXY, proxy.url("")), target.uri()));
        assertEquals(List.of(new Passage("POST", authority(target), Optional.empty())), proxy.passages());
    }

    @Test
    void credentials_arePercentDecoded_andSentAsBasic() throws Exception {
        RecordingProxy proxy = started(RecordingProxy.requiring("captcha", PASSWORD));
        LoopbackTarget target = started(LoopbackTarget.http());
        assertEquals("ok", post(proxy(target, ConfigKeys.HTTP_PROXY, proxy.url(ENCODED)), target.uri()));
        assertEquals(1, target.calls());
        assertTrue(proxy.passages().get(0).credentials().isPresent());
    }

    @Test
    void refusedCredentials_areAnOutageOfOurConfiguration_namingTheKeyNeverThePassword() throws Exception {
        RecordingProxy proxy = started(RecordingProxy.requiring("captcha", "another"));
        LoopbackTarget target = started(LoopbackTarget.http());
        OutboundProxy setting = proxy(target, "captcha.tencent.http.proxy", proxy.url(ENCODED));
        ProxyRefusedException refused = assertThrows(ProxyRefusedException.class, () -> post(setting, target.uri()));
        assertEquals(VerdictReason.MISCONFIGURED, refused.reason());
        assertEquals("captcha.tencent.http.proxy", refused.key());
        assertEquals(0, target.calls());
        List<String> severe = new ArrayList<>();
        Verdict verdict = guardedCall(severe, () -> {
            throw refused;
        });
        assertEquals(Verdict.unavailable(VerdictReason.MISCONFIGURED, "proxy-407"), verdict);
        assertEquals(1, severe.size(), severe::toString);
        assertTrue(severe.get(0).startsWith("CAPTCHA-E007 "), severe.get(0));
        assertTrue(severe.get(0).contains("captcha.tencent.http.proxy"), severe.get(0));
        assertNoSecret(severe.get(0), refused.getMessage(), refused.toString(), verdict.toString(), setting.toString());
    }

    @Test
    void proxyWithoutTheCredentialsItNeeds_isRefusedToo() throws Exception {
        RecordingProxy proxy = started(RecordingProxy.requiring("captcha", PASSWORD));
        LoopbackTarget target = started(LoopbackTarget.http());
        OutboundProxy setting = proxy(target, ConfigKeys.HTTP_PROXY, proxy.url(""));
        assertThrows(ProxyRefusedException.class, () -> post(setting, target.uri()));
    }

    @Test
    void nonProxyHost_isReachedDirectly() throws Exception {
        RecordingProxy proxy = started(RecordingProxy.start());
        LoopbackTarget target = started(LoopbackTarget.http());
        OutboundProxy setting = read(
                target.uri(),
                ConfigKeys.HTTP_PROXY,
                proxy.url(""),
                ConfigKeys.HTTP_NON_PROXY_HOSTS,
                "*.internal.example, 127.0.0.1");
        assertEquals("ok", post(setting, target.uri()));
        assertEquals(List.of(), proxy.passages());
        assertEquals(1, target.calls());
    }

    @Test
    void providerKeys_overrideTheGlobalOnes_andNoneOptsOut() throws Exception {
        RecordingProxy global = started(RecordingProxy.start());
        RecordingProxy own = started(RecordingProxy.start());
        LoopbackTarget target = started(LoopbackTarget.http());
        post(
                read(target.uri(), ConfigKeys.HTTP_PROXY, global.url(""), "captcha.tencent.http.proxy", own.url("")),
                target.uri());
        assertEquals(1, own.passages().size());
        post(
                read(target.uri(), ConfigKeys.HTTP_PROXY, global.url(""), "captcha.tencent.http.proxy", "none"),
                target.uri());
        post(
                read(
                        target.uri(),
                        ConfigKeys.HTTP_PROXY,
                        global.url(""),
                        "captcha.tencent.http.non-proxy-hosts",
                        "127.0.0.1"),
                target.uri());
        assertEquals(List.of(), global.passages());
        assertEquals(3, target.calls());
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void noCaptchaProxyKey_followsTheJvmProxySettings_andNoneIgnoresThem() throws Exception {
        RecordingProxy proxy = started(RecordingProxy.start());
        LoopbackTarget target = started(LoopbackTarget.http());
        Map<String, String> jvm = Map.of(
                "http.proxyHost", "127.0.0.1",
                "http.proxyPort", Integer.toString(proxy.port()),
                "http.nonProxyHosts", "example.invalid");
        Map<String, String> before = new java.util.HashMap<>();
        jvm.keySet().forEach(key -> before.put(key, System.getProperty(key)));
        try {
            jvm.forEach(System::setProperty);
            // the JDK's default selector never proxies a loopback address: ask for a name, which only the proxy sees
            URI named = URI.create("http://target.invalid:" + target.uri().getPort() + "/verify");
            assertThrows(CaptchaUnavailableException.class, () -> post(read(named), named));
            assertEquals(
                    List.of(new Passage("POST", "target.invalid:" + target.uri().getPort(), Optional.empty())),
                    proxy.passages(),
                    "the JVM's proxy carries the call");
            // .invalid never resolves: the direct call fails at once, without reaching the proxy
            assertThrows(
                    CaptchaUnavailableException.class, () -> post(read(named, ConfigKeys.HTTP_PROXY, "none"), named));
            assertEquals(1, proxy.passages().size(), "none goes directly");
        } finally {
            before.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }

    @Test
    void httpsCall_goesThroughAConnectTunnel() throws Exception {
        RecordingProxy proxy = started(RecordingProxy.start());
        LoopbackTarget target = started(LoopbackTarget.https());
        HttpResponse<String> response = sendTrusting(proxy(target, ConfigKeys.HTTP_PROXY, proxy.url("")), target.uri());
        assertEquals(200, response.statusCode());
        assertEquals("ok", response.body());
        assertEquals(List.of(new Passage("CONNECT", authority(target), Optional.empty())), proxy.passages());
    }

    @Test
    void basicCredentials_neverReachTheConnect_underTheJdkDefault_soTheReaderRefusesThem() throws Exception {
        assumeTrue(BasicProxyAuthentication.disabled(BasicProxyAuthentication.TUNNELING), "JVM allows Basic tunnels");
        RecordingProxy proxy = started(RecordingProxy.requiring("captcha", PASSWORD));
        LoopbackTarget target = started(LoopbackTarget.https());
        OutboundProxy withCredentials = OutboundProxy.via(
                ConfigKeys.HTTP_PROXY, "127.0.0.1", proxy.port(), Optional.of("captcha"), PASSWORD, NonProxyHosts.NONE);
        assertEquals(407, sendTrusting(withCredentials, target.uri()).statusCode());
        assertEquals(Optional.empty(), proxy.passages().get(0).credentials(), "the JDK dropped them");
        read(target.uri(), ConfigKeys.HTTP_PROXY, proxy.url(ENCODED));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("jdk.http.auth.tunneling.disabledSchemes"), problems.get(0));
        assertNoSecret(problems.get(0));
    }

    private String post(OutboundProxy setting, URI uri) {
        ProviderHttp http = new ProviderHttp("Stub", TIMEOUT, setting);
        HttpResponse<String> response = http.send(http.request(uri)
                .POST(HttpRequest.BodyPublishers.ofString("{\"ticket\":\"t\"}"))
                .build());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    /** The JDK client exactly as {@link ProviderHttp} configures its proxy, trusting the test certificate. */
    private static HttpResponse<String> sendTrusting(OutboundProxy setting, URI uri) throws Exception {
        HttpClient.Builder client = HttpClient.newBuilder()
                .sslContext(LoopbackTarget.tls())
                .connectTimeout(TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1);
        setting.configure(client);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.noBody());
        setting.authorize(request, uri);
        return client.build().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private OutboundProxy proxy(LoopbackTarget target, String key, String value) {
        OutboundProxy setting = read(target.uri(), key, value);
        assertTrue(problems.isEmpty(), problems::toString);
        return setting;
    }

    private OutboundProxy read(URI endpoint, String... keysAndValues) {
        ConfigReader reader = new ConfigReader(TestConfigs.of(keysAndValues), problems::add);
        return new OutboundProxyReader(reader, problems::add).read("captcha.tencent.", endpoint);
    }

    private static Verdict guardedCall(List<String> severe, java.util.function.Supplier<Verdict> call) {
        Logger logger = Logger.getLogger(OutboundProxyTest.class.getName() + ".severe");
        logger.setUseParentHandlers(false);
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel() == Level.SEVERE) {
                    severe.add(record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            return new GuardedCalls(logger, "CAPTCHA-E999", "Tencent", ConfigKeys.TENCENT_SECRET_KEY, () -> true)
                    .verdict(call);
        } finally {
            logger.removeHandler(handler);
        }
    }

    private static void assertNoSecret(String... texts) {
        for (String text : texts) {
            assertFalse(text.contains(PASSWORD) || text.contains("pa%40ss") || text.contains("pa@ss"), text);
        }
    }

    private static String authority(LoopbackTarget target) {
        return "127.0.0.1:" + target.uri().getPort();
    }

    private <T extends AutoCloseable> T started(T closeable) {
        started.add(closeable);
        return closeable;
    }
}
