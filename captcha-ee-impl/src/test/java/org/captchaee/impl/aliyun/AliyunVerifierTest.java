package org.captchaee.impl.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.aliyun.stub.AliyunStub;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.provider.FaultToleranceProbe;
import org.captchaee.impl.provider.FaultToleranceStatus;
import org.captchaee.impl.state.InMemoryStateStore;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.impl.state.SharedState;
import org.captchaee.impl.state.TestStates;
import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.impl.testing.TestConfigs;
import org.captchaee.spi.CaptchaSubmission;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The verifier's own decisions, before and around the call (without the Fault Tolerance interceptors, which the
 * integration tests run): header checks, the migration routing, and disaster tokens, which never reach Alibaba Cloud.
 */
class AliyunVerifierTest {

    private static final String SCENE = "scene-1";

    private final AliyunStub stub = AliyunStub.start();
    private final SharedState state = TestStates.over(new InMemoryStateStore(1_000, () -> 1));
    private final OutageLedger outages = new OutageLedger(state);
    private final AliyunVerifier verifier = verifier(stub, outages, state);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void aParamThatIsNotPrintableAscii_isMalformed_andNotSent() {
        assertEquals(Verdict.rejected(VerdictReason.MALFORMED, null), verifier.verify(submission(token("caf\u00e9"))));
        assertEquals(Verdict.rejected(VerdictReason.MISSING, null), verifier.verify(submission(Map.of())));
        assertEquals(0, stub.calls());
    }

    @Test
    void migrationMode_routesByTheHeadersARequestCarries() {
        stub.issueSig("t1", "s1", "g1", "nc_login");
        stub.issue("p1", SCENE);
        Map<String, String> v1 = Map.of("X-Captcha-Session-Id", "s1", "X-Captcha-Sig", "g1", "X-Captcha-Token", "t1");
        assertEquals(Verdict.passed("100"), verifier.verify(submission(v1)));
        assertEquals(Verdict.passed("T001"), verifier.verify(submission(token("p1"))));
        assertEquals(
                Verdict.rejected(VerdictReason.MALFORMED, null),
                verifier.verify(submission(Map.of("X-Captcha-Sig", "g1", "X-Captcha-Token", "p1"))));
    }

    @Test
    void disasterTokens_areNeverSent_rejectedWhileHealthy_andAnOutageOnceAfterAFailure() {
        String disaster = "aliyun_error_1001_" + SCENE + "_" + System.currentTimeMillis() / 1000;
        assertEquals(
                Verdict.rejected(VerdictReason.DISASTER_TICKET, "disaster-ticket"),
                verifier.verify(submission(token(disaster))));
        assertEquals(0, stub.calls());
        stub.fault(Fault.INTERNAL_ERROR);
        Verdict failure = verifier.verify(submission(token("any")));
        assertEquals(Verdict.unavailable(VerdictReason.PROVIDER_ERROR, "InternalError"), failure);
        outages.record(AliyunVerifier.NAME, failure); // what the gate does with every verdict
        assertEquals(
                Verdict.unavailable(VerdictReason.PROVIDER_ERROR, "disaster-ticket"),
                verifier.verify(submission(token(disaster))));
        assertEquals(
                Verdict.rejected(VerdictReason.REPLAYED, "disaster-ticket"),
                verifier.verify(submission(token(disaster))));
        assertEquals(1, stub.calls());
    }

    private static AliyunVerifier verifier(AliyunStub stub, OutageLedger outages, SharedState state) {
        Map<String, String> values = new HashMap<>();
        values.put(ConfigKeys.ALIYUN_ACCESS_KEY_ID, AliyunStub.ACCESS_KEY_ID);
        values.put(ConfigKeys.ALIYUN_ACCESS_KEY_SECRET, AliyunStub.ACCESS_KEY_SECRET);
        values.put(ConfigKeys.ALIYUN_SCENE_ID, SCENE);
        values.put(ConfigKeys.ALIYUN_ENDPOINT, stub.endpoint());
        values.put(ConfigKeys.ALIYUN_V1_APP_KEY, AliyunStub.APP_KEY);
        values.put(ConfigKeys.ALIYUN_V1_SCENE, "nc_login");
        values.put(ConfigKeys.ALIYUN_V1_ENDPOINT, stub.endpoint());
        Config config = TestConfigs.of(values);
        AliyunConfiguration configuration = new AliyunConfiguration(config);
        AliyunClient client = new AliyunClient();
        // no Fault Tolerance here: the verifiers retry a refused connection themselves
        FaultToleranceStatus faultTolerance = new FaultToleranceStatus(new FaultToleranceProbe());
        AliyunVerifier verifier = new AliyunVerifier(
                configuration,
                client,
                new AliyunV1Verifier(configuration, client, faultTolerance),
                outages,
                state,
                faultTolerance);
        verifier.checkConfiguration();
        return verifier;
    }

    private static Map<String, String> token(String value) {
        return Map.of("X-Captcha-Token", value);
    }

    private static CaptchaSubmission submission(Map<String, String> headers) {
        try {
            return new CaptchaSubmission(headers, "203.0.113.7", "login", null, Object.class.getMethod("toString"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
