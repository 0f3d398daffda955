package org.captchaee.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.stub.StubServer;
import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.support.BrowserDisasterPath;
import org.captchaee.it.support.TencentDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;

/**
 * Tencent's script cannot load in the browser: the helper sends the disaster ticket
 * {@code trerror_1001_<appId>_<unix seconds>} with a random {@code randstr}, as the seeds describe, and carries on.
 */
class BrowserTencentIT extends BrowserDisasterPath {

    private static final TencentStub STUB = TencentStub.start();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TencentDeployments.withImageFallback("browser-tencent", STUB)
                .withWebResources("browser/browser.html", "browser/browser-page.js")
                .build();
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Override
    protected StubServer stub() {
        return STUB;
    }

    @Override
    protected String page() {
        return "browser.html?tencentAppId=" + TencentStub.APP_ID + "&endpoint=policy/";
    }

    @Override
    protected String scriptUrl() {
        return "https://turing.captcha.qcloud.com/";
    }

    @Override
    protected String verifier() {
        return "tencent";
    }

    @Override
    protected Invocation.Builder withCaptcha(Invocation.Builder request) {
        return request.header("X-Captcha-Ticket", "tr03seen").header("X-Captcha-Randstr", "@a");
    }

    @Override
    protected String tokenHeader() {
        return "x-captcha-ticket";
    }

    @Override
    protected void assertOtherHeaders(JsonObject captcha) {
        assertTrue(captcha.getString("x-captcha-randstr").matches("@[0-9a-z]+"), captcha.toString());
    }

    @Override
    protected Pattern disasterToken() {
        return Pattern.compile("trerror_1001_" + TencentStub.APP_ID + "_(\\d+)");
    }
}
