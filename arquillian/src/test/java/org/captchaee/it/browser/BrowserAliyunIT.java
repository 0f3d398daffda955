package org.captchaee.it.browser;

import java.util.regex.Pattern;

import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.aliyun.stub.AliyunStub;
import org.captchaee.impl.stub.StubServer;
import org.captchaee.it.support.AliyunDeployments;
import org.captchaee.it.support.BrowserDisasterPath;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;

/**
 * Alibaba Cloud's script cannot load in the browser: the helper sends the disaster token
 * {@code aliyun_error_1001_<SceneId>_<unix seconds>} and carries on, as it does for Tencent.
 */
class BrowserAliyunIT extends BrowserDisasterPath {

    private static final AliyunStub STUB = AliyunStub.start();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AliyunDeployments.withImageFallback("browser-aliyun", STUB)
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
        return "browser.html?aliyunSceneId=" + AliyunDeployments.SCENE_ID + "&endpoint=policy/";
    }

    @Override
    protected String scriptUrl() {
        return "https://o.alicdn.com/";
    }

    @Override
    protected String verifier() {
        return "aliyun";
    }

    @Override
    protected Invocation.Builder withCaptcha(Invocation.Builder request) {
        return request.header("X-Captcha-Token", "a-real-looking-param");
    }

    @Override
    protected String tokenHeader() {
        return "x-captcha-token";
    }

    @Override
    protected Pattern disasterToken() {
        return Pattern.compile("aliyun_error_1001_" + AliyunDeployments.SCENE_ID + "_(\\d+)");
    }
}
