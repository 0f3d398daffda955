package org.captchaee.impl.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

import org.captchaee.impl.secret.Hashes;
import org.junit.jupiter.api.Test;

/**
 * The published ACS3-HMAC-SHA256 vector of Alibaba Cloud's "signature V3" documentation (ECS RunInstances), and a
 * self-computed vector shaped like the captcha call (cross-checked with an independent Python computation).
 */
class Acs3SignerTest {

    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String SIGNED_HEADERS =
            "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
    private static final String NONCE = PublishedVectors.V3_NONCE;
    private static final Instant DATE = Instant.parse(PublishedVectors.V3_DATE);

    private final Acs3Signer signer = new Acs3Signer(PublishedVectors.V3_KEY_ID, PublishedVectors.V3_SECRET);

    private static Acs3Request publishedRequest() {
        return new Acs3Request(
                "POST",
                PublishedVectors.V3_HOST,
                "/",
                PublishedVectors.V3_QUERY,
                Map.of(
                        "x-acs-action",
                        "RunInstances",
                        "x-acs-version",
                        "2014-05-26",
                        "x-acs-date",
                        PublishedVectors.V3_DATE,
                        "x-acs-signature-nonce",
                        NONCE),
                new byte[0]);
    }

    @Test
    void canonicalRequest_matchesThePublishedText() {
        assertEquals(
                "POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
                        + "host:ecs.cn-shanghai.aliyuncs.com\n"
                        + "x-acs-action:RunInstances\n"
                        + "x-acs-content-sha256:" + EMPTY_SHA256 + "\n"
                        + "x-acs-date:2023-10-26T10:22:32Z\n"
                        + "x-acs-signature-nonce:" + NONCE + "\n"
                        + "x-acs-version:2014-05-26\n"
                        + "\n"
                        + SIGNED_HEADERS + "\n"
                        + EMPTY_SHA256,
                Acs3Signer.canonicalRequest(publishedRequest()));
    }

    @Test
    void canonicalRequestDigest_matchesThePublishedValue() {
        assertEquals(
                "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259",
                Hashes.sha256Hex(Acs3Signer.canonicalRequest(publishedRequest()).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void authorization_matchesThePublishedVector() {
        assertEquals(
                "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=" + SIGNED_HEADERS
                        + ",Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
                signer.authorization(publishedRequest()));
    }

    @Test
    void sign_addsThePayloadHashAndTheAuthorization_butNotTheHost() {
        SortedMap<String, String> headers = signer.sign(publishedRequest());
        assertEquals(EMPTY_SHA256, headers.get("x-acs-content-sha256"));
        assertEquals(signer.authorization(publishedRequest()), headers.get("authorization"));
        assertFalse(headers.containsKey("host"));
        assertEquals(6, headers.size());
    }

    @Test
    void captchaShapedRequest_matchesTheSelfComputedVector() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("CaptchaVerifyParam", "{\"sceneId\":\"abc123\"}");
        form.put("SceneId", "abc123");
        form.put("Empty", "");
        Acs3Request request = Acs3Request.formPost(
                "captcha.cn-shanghai.aliyuncs.com", "VerifyIntelligentCaptcha", "2023-03-05", DATE, NONCE, form);
        assertEquals(
                "CaptchaVerifyParam=%7B%22sceneId%22%3A%22abc123%22%7D&SceneId=abc123",
                new String(request.body(), StandardCharsets.US_ASCII));
        SortedMap<String, String> headers = signer.sign(request);
        assertEquals(
                "f67fadd28990408ee4279daf12e93055d402b719fe2483d9c7b4bde9e1127932",
                headers.get("x-acs-content-sha256"));
        assertEquals("application/x-www-form-urlencoded", headers.get("content-type"));
        assertEquals("2023-10-26T10:22:32Z", headers.get("x-acs-date"));
        assertEquals(
                "01e1c89a61cc9fb645212d024ef1ab2d89b8dd1fd76a3ddadd3f991d11f1b42a",
                Hashes.sha256Hex(Acs3Signer.canonicalRequest(request).getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=content-type;host;x-acs-action;"
                        + "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                        + "Signature=31a40c378fec650b6f372fe0ba2d895848768e56a810894e8bbadde788c2a62c",
                headers.get("authorization"));
    }

    @Test
    void unsignedHeaders_areSentButNotSigned() {
        Acs3Request request = new Acs3Request(
                "post",
                "h.example",
                "",
                Map.of(),
                Map.of("Accept", "application/json", "X-ACS-Date", " d "),
                new byte[0]);
        assertEquals("POST", request.method());
        assertEquals("/", request.path());
        String canonical = Acs3Signer.canonicalRequest(request);
        assertFalse(canonical.contains("accept"));
        assertEquals(true, canonical.contains("\nx-acs-date:d\n"));
        assertEquals("application/json", signer.sign(request).get("accept"));
    }

    @Test
    void computedHeaders_cannotBeGiven() {
        for (String name : new String[] {"Host", "Authorization", "x-acs-content-sha256"}) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> new Acs3Request("POST", "h", "/", Map.of(), Map.of(name, "x"), new byte[0]),
                    name);
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> new Acs3Request("POST", "h", "/", Map.of(), Map.of("x-acs-a", "1", "X-Acs-A", "2"), new byte[0]));
    }

    @Test
    void body_isCopied() {
        byte[] body = {1, 2, 3};
        Acs3Request request = new Acs3Request("POST", "h", "/", Map.of(), Map.of(), body);
        body[0] = 9;
        request.body()[1] = 9;
        assertEquals(1, request.body()[0]);
        assertEquals(2, request.body()[1]);
    }

    @Test
    void toString_neverShowsTheSecret() {
        assertFalse(signer.toString().contains("YourAccessKeySecret"));
    }
}
