package org.captchaee.impl.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The published RPC (HMAC-SHA1) vector of Alibaba Cloud's RPC signature documentation (ECS DescribeDedicatedHosts),
 * and a self-computed AuthenticateSig vector (cross-checked with an independent Python computation).
 */
class RpcSignerTest {

    private static Map<String, String> publishedParameters() {
        return PublishedVectors.rpcParameters();
    }

    @Test
    void stringToSign_matchesThePublishedText() {
        assertEquals(
                "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDedicatedHosts%26Format%3DJSON"
                        + "%26RegionId%3Dcn-beijing%26SignatureMethod%3DHMAC-SHA1"
                        + "%26SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a5315eb%26SignatureVersion%3D1.0"
                        + "%26Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-05-26",
                RpcSigner.stringToSign("GET", publishedParameters()));
    }

    @Test
    void signature_matchesThePublishedVector() {
        assertEquals(
                "9NaGiOspFP5UPcwX8Iwt2YJXXuk=",
                new RpcSigner("testid", "testsecret").signature("GET", publishedParameters()));
    }

    @Test
    void signature_leavesTheSignatureParameterOut() {
        Map<String, String> withSignature = new TreeMap<>(publishedParameters());
        withSignature.put("Signature", "anything");
        assertEquals(
                "9NaGiOspFP5UPcwX8Iwt2YJXXuk=", new RpcSigner("testid", "testsecret").signature("GET", withSignature));
    }

    @Test
    void authenticateSig_matchesTheSelfComputedVector() {
        Map<String, String> parameters = Map.of(
                "SessionId", "01nHwWSaB9oVd*Y4mM~T+x",
                "Sig", "05XqrtZ0EaFgmmqIQes-s-CG7Ao1/o=",
                "Token", "FFFF0N0000000000A95D:1578324617421:0.4937",
                "Scene", "nc_login",
                "AppKey", "FFFF0N0000000000A95D",
                "RemoteIp", "203.0.113.7");
        SortedMap<String, String> signed = new RpcSigner("testid", "testsecret")
                .sign(
                        "POST",
                        "AuthenticateSig",
                        "2018-01-12",
                        parameters,
                        Instant.parse("2024-05-01T12:00:00.750Z"),
                        "4f6c1a2b3c4d5e6f708192a3b4c5d6e7");
        assertEquals("2024-05-01T12:00:00Z", signed.get("Timestamp"));
        assertEquals("JSON", signed.get("Format"));
        assertEquals("HMAC-SHA1", signed.get("SignatureMethod"));
        assertEquals("1.0", signed.get("SignatureVersion"));
        assertEquals(
                "POST&%2F&AccessKeyId%3Dtestid%26Action%3DAuthenticateSig%26AppKey%3DFFFF0N0000000000A95D"
                        + "%26Format%3DJSON%26RemoteIp%3D203.0.113.7%26Scene%3Dnc_login"
                        + "%26SessionId%3D01nHwWSaB9oVd%252AY4mM~T%252Bx%26Sig%3D05XqrtZ0EaFgmmqIQes-s-CG7Ao1%252Fo%253D"
                        + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D4f6c1a2b3c4d5e6f708192a3b4c5d6e7"
                        + "%26SignatureVersion%3D1.0%26Timestamp%3D2024-05-01T12%253A00%253A00Z"
                        + "%26Token%3DFFFF0N0000000000A95D%253A1578324617421%253A0.4937%26Version%3D2018-01-12",
                RpcSigner.stringToSign("POST", signed));
        assertEquals("+Tm1MvYeEMmnHO3HsXM5zyo3Nb0=", signed.get("Signature"));
    }

    @Test
    void percentEncoding_followsTheRpcRules() {
        assertEquals("a%20b%2Ac~d%2Fe%3D%E4%B8%AD", AliyunEncoding.percentEncode("a b*c~d/e=中"));
        assertEquals("-_.", AliyunEncoding.percentEncode("-_."));
        assertEquals("a=&b=%2B", RpcSigner.query(Map.of("b", "+", "a", "")));
    }

    @Test
    void toString_neverShowsTheSecret() {
        assertFalse(new RpcSigner("testid", "testsecret").toString().contains("testsecret"));
    }
}
