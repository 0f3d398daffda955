package org.captchaee.impl.aliyun.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.captchaee.impl.aliyun.PublishedVectors;
import org.junit.jupiter.api.Test;

/** The stub's own RPC check, against the published vector: it must accept exactly what Alibaba Cloud would. */
class RpcCheckTest {

    private static final long TIMESTAMP = 1678696470L; // 2023-03-13T08:34:30Z

    private final RpcCheck check = new RpcCheck(Map.of("testid", "testsecret"));

    private static Map<String, String> published() {
        Map<String, String> parameters = PublishedVectors.rpcParameters();
        parameters.put("Signature", PublishedVectors.RPC_SIGNATURE);
        return parameters;
    }

    @Test
    void publishedVector_isAccepted() {
        assertEquals(TIMESTAMP, AcsWire.seconds("2023-03-13T08:34:30Z"));
        assertNull(check.check("GET", published(), TIMESTAMP));
    }

    @Test
    void anyChange_isRefused() {
        assertEquals("SignatureDoesNotMatch", check.check("POST", published(), TIMESTAMP));
        Map<String, String> changed = published();
        changed.put("RegionId", "cn-hangzhou");
        assertEquals("SignatureDoesNotMatch", check.check("GET", changed, TIMESTAMP));
        assertEquals(
                "SignatureDoesNotMatch", new RpcCheck(Map.of("testid", "other")).check("GET", published(), TIMESTAMP));
        assertEquals(
                "InvalidAccessKeyId.NotFound", new RpcCheck(Map.of("x", "y")).check("GET", published(), TIMESTAMP));
    }

    @Test
    void missingOrForeignCommonParameters_areRefused() {
        Map<String, String> missing = published();
        missing.remove("SignatureNonce");
        assertEquals("MissingSignatureNonce", check.check("GET", missing, TIMESTAMP));
        Map<String, String> sha256 = published();
        sha256.put("SignatureMethod", "HMAC-SHA256");
        assertEquals("IncompleteSignature", check.check("GET", sha256, TIMESTAMP));
    }

    @Test
    void clockSkewOverFifteenMinutes_isExpired() {
        assertNull(check.check("GET", published(), TIMESTAMP + 900));
        assertEquals("InvalidTimeStamp.Expired", check.check("GET", published(), TIMESTAMP + 901));
        assertEquals("InvalidTimeStamp.Expired", check.check("GET", published(), TIMESTAMP - 901));
        Map<String, String> badFormat = published();
        badFormat.put("Timestamp", "1678696470");
        assertEquals("InvalidTimeStamp.Format", check.check("GET", badFormat, TIMESTAMP));
    }

    @Test
    void escaping_isRfc3986() {
        assertEquals("a%20b%2Ac~d%2Fe%3D%E4%B8%AD", AcsWire.escape("a b*c~d/e=中"));
    }
}
