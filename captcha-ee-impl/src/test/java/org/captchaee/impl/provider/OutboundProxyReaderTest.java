package org.captchaee.impl.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigReader;
import org.captchaee.impl.testing.TestConfigs;
import org.junit.jupiter.api.Test;

/** The proxy keys: what they accept, how they override each other, and that no message repeats a password. */
class OutboundProxyReaderTest {

    private static final URI HTTPS = URI.create("https://captcha.tencentcloudapi.com");
    private static final URI HTTP = URI.create("http://127.0.0.1:8080");
    private static final String SECRET = "s3cret-Pass";

    private final List<String> problems = new ArrayList<>();

    @Test
    void noKey_isTheJvmsProxySettings() {
        assertEquals("the JVM's proxy settings", read(HTTPS).toString());
    }

    @Test
    void proxyWithCredentials_printsHostPortAndBypassList_neverThePassword() {
        OutboundProxy proxy = read(
                HTTP,
                ConfigKeys.HTTP_PROXY,
                "http://u:" + SECRET + "@proxy.example:3128/",
                ConfigKeys.HTTP_NON_PROXY_HOSTS,
                "*.corp.example,10.0.0.1");
        assertEquals(
                "http://proxy.example:3128 with a user and password, except for *.corp.example, 10.0.0.1",
                proxy.toString());
        assertTrue(proxy.authenticates());
        assertTrue(proxy.routes(URI.create("https://captcha.tencentcloudapi.com")));
        assertFalse(proxy.routes(URI.create("https://a.corp.example")));
        assertTrue(proxy.routes(URI.create("https://corp.example")), "*. matches hosts under the domain only");
        assertFalse(proxy.routes(URI.create("http://10.0.0.1:80")));
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void badProxyValues_nameTheKeyAndTheFix_neverTheValue() {
        String[] bad = {
            "https://u:" + SECRET + "@gw.corp.test:3128",
            "socks5://gw.corp.test:1080",
            "http://u:" + SECRET + "@gw.corp.test",
            "http://u:" + SECRET + "@gw.corp.test:3128/path",
            "http://u@gw.corp.test:3128",
            "http://u:" + SECRET + "#@proxy:3128",
            "http://u:" + SECRET + " x@proxy:3128",
            "gw.corp.test:3128"
        };
        for (String value : bad) {
            problems.clear();
            assertEquals(
                    "the JVM's proxy settings",
                    read(HTTP, "captcha.recaptcha.http.proxy", value).toString());
            assertEquals(1, problems.size(), value + ": " + problems);
            assertTrue(problems.get(0).startsWith("captcha.recaptcha.http.proxy is invalid: "), problems.get(0));
            assertTrue(problems.get(0).contains("http://user:password@host:port"), problems.get(0));
            assertFalse(problems.get(0).contains(SECRET), problems.get(0));
            assertFalse(problems.get(0).contains("gw.corp.test"), problems.get(0));
        }
    }

    @Test
    void badNonProxyHosts_isNamed() {
        read(
                HTTP,
                ConfigKeys.HTTP_PROXY,
                "http://proxy:3128",
                ConfigKeys.HTTP_NON_PROXY_HOSTS,
                "a.example, https://b/");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("captcha.http.non-proxy-hosts=a.example, https://b/ is invalid"));
    }

    @Test
    void bypassListWithoutAProxy_isAProblem_butNotWhenAProviderOptsOutOfTheGlobalProxy() {
        read(HTTP, ConfigKeys.HTTP_NON_PROXY_HOSTS, "a.example");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("captcha.http.non-proxy-hosts is set, but no proxy"), problems.get(0));
        problems.clear();
        read(HTTP, "captcha.recaptcha.http.proxy", "none", "captcha.recaptcha.http.non-proxy-hosts", "a.example");
        assertEquals(1, problems.size(), problems::toString);
        problems.clear();
        OutboundProxy optedOut = read(
                HTTP,
                ConfigKeys.HTTP_PROXY,
                "http://proxy:3128",
                ConfigKeys.HTTP_NON_PROXY_HOSTS,
                "a.example",
                "captcha.recaptcha.http.proxy",
                "NONE");
        assertEquals("no proxy (captcha.recaptcha.http.proxy=none)", optedOut.toString());
        assertFalse(optedOut.routes(HTTP));
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void credentialsForAnHttpsEndpoint_failWhileTheJvmDisablesBasicTunnels_withTheFix() {
        readWhere(
                HTTPS, BasicProxyAuthentication.TUNNELING, ConfigKeys.HTTP_PROXY, "http://u:" + SECRET + "@proxy:3128");
        assertEquals(1, problems.size(), problems::toString);
        String message = problems.get(0);
        assertTrue(message.startsWith("captcha.http.proxy gives the proxy a user and password"), message);
        assertTrue(message.contains("-Djdk.http.auth.tunneling.disabledSchemes="), message);
        assertFalse(message.contains(SECRET), message);
    }

    @Test
    void credentials_passWhereTheJvmSendsThem_orWhereTheEndpointBypassesTheProxy() {
        String proxy = "http://u:" + SECRET + "@proxy:3128";
        assertTrue(readWhere(HTTP, BasicProxyAuthentication.TUNNELING, ConfigKeys.HTTP_PROXY, proxy)
                .authenticates());
        assertTrue(readWhere(HTTPS, "no setting", ConfigKeys.HTTP_PROXY, proxy).authenticates());
        readWhere(
                HTTPS,
                BasicProxyAuthentication.TUNNELING,
                ConfigKeys.HTTP_PROXY,
                proxy,
                "captcha.recaptcha.http.non-proxy-hosts",
                "captcha.tencentcloudapi.com");
        assertTrue(problems.isEmpty(), problems::toString);
        readWhere(HTTP, BasicProxyAuthentication.PROXYING, ConfigKeys.HTTP_PROXY, proxy);
        assertEquals(1, problems.size(), problems::toString);
    }

    @Test
    void jdkSchemeLists_areReadAsTheJdkReadsThem() {
        assertTrue(BasicProxyAuthentication.listsBasic("Basic"));
        assertTrue(BasicProxyAuthentication.listsBasic(" Digest , basic "));
        assertFalse(BasicProxyAuthentication.listsBasic(""));
        assertFalse(BasicProxyAuthentication.listsBasic("Digest,BasicX"));
    }

    private OutboundProxy read(URI endpoint, String... keysAndValues) {
        return readWhere(endpoint, "no setting", keysAndValues);
    }

    /** Reads with a JVM that drops Basic proxy credentials for the one setting named. */
    private OutboundProxy readWhere(URI endpoint, String basicDisabledSetting, String... keysAndValues) {
        ConfigReader reader = new ConfigReader(TestConfigs.of(keysAndValues), problems::add);
        return new OutboundProxyReader(reader, problems::add, basicDisabledSetting::equals)
                .read("captcha.recaptcha.", endpoint);
    }
}
