package org.captchaee.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.stub.RecordingProxy;
import org.captchaee.impl.stub.RecordingProxy.Passage;
import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.TencentDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The global {@code captcha.http.proxy}, without credentials: every call to Tencent goes through the proxy. */
class OutboundProxyIT extends DeployedAppIT {

    private static final TencentStub STUB = TencentStub.start();
    private static final RecordingProxy PROXY = RecordingProxy.start();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TencentDeployments.war("outbound-proxy", STUB)
                .withConfig(ConfigKeys.HTTP_PROXY, PROXY.url(""))
                .build();
    }

    @AfterAll
    static void stop() {
        PROXY.close();
        STUB.close();
    }

    @Test
    void solvedTicket_passes_throughTheProxy() {
        int before = PROXY.passages().size();
        STUB.issue("tr03proxied", "@abc");
        Answer answer = Http.post(http.request("policy/deny")
                .header("X-Captcha-Ticket", "tr03proxied")
                .header("X-Captcha-Randstr", "@abc"));
        assertEquals(200, answer.status(), answer.body());
        Passage passage = PROXY.passages().get(before);
        assertEquals(new Passage("POST", STUB.host(), Optional.empty()), passage);
        assertFalse(http.events().getJsonObject("last").getBoolean("degraded"));
    }
}
