package org.captchaee.impl.aliyun.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;

import org.captchaee.impl.aliyun.PublishedVectors;
import org.junit.jupiter.api.Test;

/** The stub's own V3 check, against the published vector: it must accept exactly what Alibaba Cloud would. */
class Acs3CheckTest {

    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String PUBLISHED_SIGNATURE = PublishedVectors.V3_SIGNATURE;
    private static final long DATE = 1698315752L; // 2023-10-26T10:22:32Z
    private static final Map<String, String> QUERY = PublishedVectors.V3_QUERY;

    private final Acs3Check check = new Acs3Check(Map.of(PublishedVectors.V3_KEY_ID, PublishedVectors.V3_SECRET));

    private static Map<String, String> headers(String signature) {
        Map<String, String> headers = new HashMap<>();
        headers.put("host", PublishedVectors.V3_HOST);
        headers.put("x-acs-action", "RunInstances");
        headers.put("x-acs-version", "2014-05-26");
        headers.put("x-acs-date", PublishedVectors.V3_DATE);
        headers.put("x-acs-signature-nonce", PublishedVectors.V3_NONCE);
        headers.put("x-acs-content-sha256", EMPTY_SHA256);
        headers.put("accept", "application/json");
        headers.put(
                "authorization",
                "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
                        + "x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=" + signature);
        return headers;
    }

    private String check(Map<String, String> headers, byte[] body, long now) {
        return check.check("POST", "/", QUERY, headers, body, now);
    }

    @Test
    void publishedVector_isAccepted() {
        assertNull(check(headers(PUBLISHED_SIGNATURE), new byte[0], DATE));
        assertEquals(DATE, AcsWire.seconds("2023-10-26T10:22:32Z"));
    }

    @Test
    void changedBody_orChangedHeader_orChangedQuery_isRefused() {
        assertEquals("SignatureDoesNotMatch", check(headers(PUBLISHED_SIGNATURE), new byte[] {'x'}, DATE));
        Map<String, String> headers = headers(PUBLISHED_SIGNATURE);
        headers.put("x-acs-action", "StopInstances");
        assertEquals("SignatureDoesNotMatch", check(headers, new byte[0], DATE));
        assertEquals(
                "SignatureDoesNotMatch",
                check.check(
                        "POST",
                        "/",
                        Map.of("RegionId", "cn-hangzhou"),
                        headers(PUBLISHED_SIGNATURE),
                        new byte[0],
                        DATE));
        assertEquals(
                "SignatureDoesNotMatch",
                check.check("GET", "/", QUERY, headers(PUBLISHED_SIGNATURE), new byte[0], DATE));
    }

    @Test
    void wrongSecret_unknownKey_andMalformedHeaders_areRefused() {
        assertEquals(
                "SignatureDoesNotMatch",
                new Acs3Check(Map.of("YourAccessKeyId", "other"))
                        .check("POST", "/", QUERY, headers(PUBLISHED_SIGNATURE), new byte[0], DATE));
        assertEquals(
                "InvalidAccessKeyId.NotFound",
                new Acs3Check(Map.of("someoneElse", "x"))
                        .check("POST", "/", QUERY, headers(PUBLISHED_SIGNATURE), new byte[0], DATE));
        Map<String, String> spaced = headers(PUBLISHED_SIGNATURE);
        spaced.put("authorization", spaced.get("authorization").replace(",", ", "));
        assertEquals("IncompleteSignature", check(spaced, new byte[0], DATE));
        Map<String, String> unsignedDate = headers(PUBLISHED_SIGNATURE);
        unsignedDate.put("authorization", unsignedDate.get("authorization").replace("x-acs-date;", ""));
        assertEquals("IncompleteSignature", check(unsignedDate, new byte[0], DATE));
    }

    @Test
    void clockSkewOverFifteenMinutes_isExpired() {
        assertNull(check(headers(PUBLISHED_SIGNATURE), new byte[0], DATE + 900));
        assertNull(check(headers(PUBLISHED_SIGNATURE), new byte[0], DATE - 900));
        assertEquals("InvalidTimeStamp.Expired", check(headers(PUBLISHED_SIGNATURE), new byte[0], DATE + 901));
        assertEquals("InvalidTimeStamp.Expired", check(headers(PUBLISHED_SIGNATURE), new byte[0], DATE - 901));
        Map<String, String> headers = headers(PUBLISHED_SIGNATURE);
        headers.put("x-acs-date", "2023-10-26 10:22:32");
        assertEquals("InvalidTimeStamp.Format", check(headers, new byte[0], DATE));
    }
}
