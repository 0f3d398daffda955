package org.captchaee.impl.tencent.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The stub's own signature check, against the published vector: it must accept exactly what Tencent would. */
class Tc3CheckTest {

    private static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    private static final long TIMESTAMP = 1551113065L;
    private static final byte[] BODY =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}"
                    .getBytes(StandardCharsets.US_ASCII);
    private static final String PUBLISHED_SIGNATURE =
            "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168";

    private final Tc3Check check = new Tc3Check("cvm", Map.of(SECRET_ID, "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"));

    @Test
    void publishedVector_isAccepted() {
        assertNull(check.check(headers(PUBLISHED_SIGNATURE, "content-type;host"), BODY, TIMESTAMP));
    }

    @Test
    void vectorSigningTheActionToo_isAccepted() {
        // the newer official demo also signs x-tc-action, lower-cased
        Map<String, String> headers = headers(
                "644be983de9a8a3f00db8eadaba61467c3b429e2215758ba897b738ca469fd26", "content-type;host;x-tc-action");
        assertNull(check.check(headers, BODY, TIMESTAMP));
    }

    @Test
    void oftenQuotedWrongSignature_isRefused() {
        String wrong = "2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c";
        assertEquals("AuthFailure.SignatureFailure", check.check(headers(wrong, "content-type;host"), BODY, TIMESTAMP));
    }

    @Test
    void changedBody_isRefused() {
        byte[] changed =
                new String(BODY, StandardCharsets.US_ASCII).replace("1", "2").getBytes(StandardCharsets.US_ASCII);
        assertEquals(
                "AuthFailure.SignatureFailure",
                check.check(headers(PUBLISHED_SIGNATURE, "content-type;host"), changed, TIMESTAMP));
    }

    @Test
    void clockSkewOverFiveMinutes_isSignatureExpire() {
        Map<String, String> headers = headers(PUBLISHED_SIGNATURE, "content-type;host");
        assertNull(check.check(headers, BODY, TIMESTAMP + 300));
        assertEquals("AuthFailure.SignatureExpire", check.check(headers, BODY, TIMESTAMP + 301));
        assertEquals("AuthFailure.SignatureExpire", check.check(headers, BODY, TIMESTAMP - 301));
    }

    @Test
    void credentialScopeDateInLocalTime_isRefused() {
        Map<String, String> headers = headers(PUBLISHED_SIGNATURE, "content-type;host");
        headers.put("authorization", headers.get("authorization").replace("2019-02-25", "2019-02-26"));
        assertEquals("AuthFailure.SignatureFailure", check.check(headers, BODY, TIMESTAMP));
    }

    @Test
    void unknownSecretId_isRefused() {
        Map<String, String> headers = headers(PUBLISHED_SIGNATURE, "content-type;host");
        headers.put("authorization", headers.get("authorization").replace(SECRET_ID, "AKIDother"));
        assertEquals("AuthFailure.SecretIdNotFound", check.check(headers, BODY, TIMESTAMP));
    }

    private static Map<String, String> headers(String signature, String signedHeaders) {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json; charset=utf-8");
        headers.put("host", "cvm.tencentcloudapi.com");
        headers.put("x-tc-action", "DescribeInstances");
        headers.put("x-tc-timestamp", Long.toString(TIMESTAMP));
        headers.put(
                "authorization",
                "TC3-HMAC-SHA256 Credential=" + SECRET_ID + "/2019-02-25/cvm/tc3_request, SignedHeaders="
                        + signedHeaders + ", Signature=" + signature);
        return headers;
    }
}
