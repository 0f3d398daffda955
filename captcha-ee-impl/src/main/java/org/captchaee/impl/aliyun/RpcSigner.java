package org.captchaee.impl.aliyun;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.captchaee.impl.secret.Hashes;

/**
 * Signs Alibaba Cloud RPC-style requests with the legacy HMAC-SHA1 signature (signature version 1.0), as the old
 * {@code aliyun-java-sdk-core} does, for example for the Captcha 1.0 call {@code AuthenticateSig}: every parameter but
 * {@code Signature}, sorted by name and percent-encoded, forms the canonicalized query; the string to sign is
 * {@code <METHOD>&%2F&<percent-encoded canonicalized query>}; the signature is the Base64 of its HMAC-SHA1 keyed with
 * the AccessKey secret followed by {@code &}.
 */
public final class RpcSigner {

    /** The value of the {@code SignatureMethod} parameter. */
    public static final String SIGNATURE_METHOD = "HMAC-SHA1";

    /** The value of the {@code SignatureVersion} parameter. */
    public static final String SIGNATURE_VERSION = "1.0";

    private final String accessKeyId;
    private final byte[] key;

    /**
     * Creates a signer.
     *
     * @param accessKeyId the AccessKey ID
     * @param accessKeySecret the AccessKey secret
     */
    public RpcSigner(String accessKeyId, String accessKeySecret) {
        this.accessKeyId = accessKeyId;
        this.key = (accessKeySecret + "&").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The full parameter set of a call: the API's own parameters, the common ones ({@code Action}, {@code Version},
     * {@code Format=JSON}, {@code AccessKeyId}, {@code SignatureMethod}, {@code SignatureVersion}, {@code Timestamp},
     * {@code SignatureNonce}) and {@code Signature}.
     *
     * @param method the HTTP method the parameters are sent with, for example {@code POST}
     * @param action the API action, for example {@code AuthenticateSig}
     * @param version the API version, for example {@code 2018-01-12}
     * @param parameters the API's own parameters
     * @param timestamp the request time, sent in UTC to the second
     * @param nonce a value never used before with this key
     * @return every parameter, sorted by name, not encoded
     */
    public SortedMap<String, String> sign(
            String method,
            String action,
            String version,
            Map<String, String> parameters,
            Instant timestamp,
            String nonce) {
        SortedMap<String, String> all = new TreeMap<>(parameters);
        all.put("Action", action);
        all.put("Version", version);
        all.put("Format", "JSON");
        all.put("AccessKeyId", accessKeyId);
        all.put("SignatureMethod", SIGNATURE_METHOD);
        all.put("SignatureVersion", SIGNATURE_VERSION);
        all.put("Timestamp", AliyunEncoding.timestamp(timestamp));
        all.put("SignatureNonce", nonce);
        all.put("Signature", signature(method, all));
        return all;
    }

    /**
     * The parameter set of a call as {@link #sign(String, String, String, Map, Instant, String)} makes it, with the
     * current time and a fresh random nonce.
     *
     * @param method the HTTP method
     * @param action the API action
     * @param version the API version
     * @param parameters the API's own parameters
     * @return every parameter, sorted by name, not encoded
     */
    public SortedMap<String, String> sign(
            String method, String action, String version, Map<String, String> parameters) {
        return sign(method, action, version, parameters, Instant.now(), AliyunEncoding.newNonce());
    }

    /**
     * The signature of exactly the given parameters ({@code Signature} itself left out).
     *
     * @param method the HTTP method
     * @param parameters the parameters, common ones included
     * @return the Base64 signature
     */
    public String signature(String method, Map<String, String> parameters) {
        return Base64.getEncoder().encodeToString(Hashes.hmacSha1(key, stringToSign(method, parameters)));
    }

    /**
     * The string to sign of a parameter set ({@code Signature} left out).
     *
     * @param method the HTTP method
     * @param parameters the parameters
     * @return {@code <METHOD>&%2F&<percent-encoded canonicalized query>}
     */
    public static String stringToSign(String method, Map<String, String> parameters) {
        Map<String, String> signed = new TreeMap<>(parameters);
        signed.remove("Signature");
        return method + "&" + AliyunEncoding.percentEncode("/") + "&"
                + AliyunEncoding.percentEncode(AliyunEncoding.canonicalQuery(signed));
    }

    /**
     * A query string of parameters, sorted and percent-encoded, ready to follow {@code ?} in a URL.
     *
     * @param parameters the parameters
     * @return {@code k=v&...}
     */
    public static String query(Map<String, String> parameters) {
        return AliyunEncoding.canonicalQuery(parameters);
    }

    @Override
    public String toString() {
        // the secret is never printed
        return "RpcSigner[accessKeyId=" + accessKeyId + "]";
    }
}
