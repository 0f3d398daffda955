package org.captchaee.impl.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;

import org.captchaee.impl.secret.Hashes;
import org.junit.jupiter.api.Test;

/** The published TC3-HMAC-SHA256 vector of Tencent's signature documentation (CVM DescribeInstances). */
class Tc3SignerTest {

    private static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    private static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    private static final byte[] BODY =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}"
                    .getBytes(StandardCharsets.US_ASCII);

    @Test
    void payloadHash_matchesThePublishedValue() {
        assertEquals("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064", Hashes.sha256Hex(BODY));
    }

    @Test
    void authorization_matchesThePublishedVector() {
        String authorization = new Tc3Signer(SECRET_ID, SECRET_KEY)
                .authorization("cvm", "cvm.tencentcloudapi.com", "application/json; charset=utf-8", 1551113065L, BODY);
        assertEquals(
                "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request,"
                        + " SignedHeaders=content-type;host,"
                        + " Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
                authorization);
    }

    @Test
    void credentialDate_isUtc_notLocalTime() {
        // 1551113065 is 2019-02-25 16:44 UTC, already 2019-02-26 in UTC+8
        String authorization = new Tc3Signer(SECRET_ID, SECRET_KEY)
                .authorization(
                        "captcha", "captcha.tencentcloudapi.com", "application/json; charset=utf-8", 1551113065L, BODY);
        assertEquals(true, authorization.contains("/2019-02-25/captcha/tc3_request"));
    }

    @Test
    void toString_neverShowsTheSecretKey() {
        assertFalse(new Tc3Signer(SECRET_ID, SECRET_KEY).toString().contains(SECRET_KEY));
    }
}
