package org.captchaee.impl.aliyun.stub;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server side of ACS3-HMAC-SHA256, written from Alibaba Cloud's "signature V3" documentation independently of the
 * library's signer: it rebuilds the canonical request from the headers the request lists in {@code SignedHeaders}, with
 * its own digest of the body (so a body that does not match {@code x-acs-content-sha256} fails), and answers the error
 * code the real gateway gives, or {@code null} when the request is authentic. Nonces are the stub's business.
 */
final class Acs3Check {

    /** Headers every signed request must sign. */
    private static final String[] REQUIRED = {
        "host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version"
    };

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "ACS3-HMAC-SHA256 Credential=([^,\\s]+),SignedHeaders=([a-z0-9;.-]+),Signature=([0-9a-f]{64})");
    static final long MAX_SKEW_SECONDS = 15 * 60;

    private final Map<String, String> secretsById;

    Acs3Check(Map<String, String> secretsById) {
        this.secretsById = secretsById;
    }

    /**
     * The AccessKey ID of a request's Authorization header.
     *
     * @return the id, or null when the header is not an ACS3 one
     */
    static String accessKeyId(Map<String, String> headers) {
        Matcher parts = parse(headers);
        return parts == null ? null : parts.group(1);
    }

    /**
     * Checks one request.
     *
     * @param method the HTTP method
     * @param path the request path
     * @param query the decoded query parameters
     * @param headers the request headers, by lower-case name
     * @param body the body bytes
     * @param now the server's clock, in Unix seconds
     * @return the gateway error code, or null when the signature is valid
     */
    String check(
            String method, String path, Map<String, String> query, Map<String, String> headers, byte[] body, long now) {
        Matcher parts = parse(headers);
        if (parts == null) {
            return "IncompleteSignature";
        }
        String secret = secretsById.get(parts.group(1));
        if (secret == null) {
            return "InvalidAccessKeyId.NotFound";
        }
        String signedHeaders = parts.group(2);
        for (String name : REQUIRED) {
            if (!(";" + signedHeaders + ";").contains(";" + name + ";") || !headers.containsKey(name)) {
                return "IncompleteSignature";
            }
        }
        Long date = AcsWire.seconds(headers.get("x-acs-date"));
        if (date == null) {
            return "InvalidTimeStamp.Format";
        }
        if (Math.abs(now - date) > MAX_SKEW_SECONDS) {
            return "InvalidTimeStamp.Expired";
        }
        String expected = signature(secret, canonical(method, path, query, headers, signedHeaders, body));
        return AcsWire.same(expected, parts.group(3)) ? null : "SignatureDoesNotMatch";
    }

    private static Matcher parse(Map<String, String> headers) {
        String authorization = headers.get("authorization");
        Matcher parts = authorization == null ? null : AUTHORIZATION.matcher(authorization.trim());
        return parts != null && parts.matches() ? parts : null;
    }

    private static String canonical(
            String method,
            String path,
            Map<String, String> query,
            Map<String, String> headers,
            String signedHeaders,
            byte[] body) {
        String payloadHash = HexFormat.of().formatHex(AcsWire.sha256(body));
        TreeMap<String, String> signed = new TreeMap<>();
        for (String name : signedHeaders.split(";")) {
            String value = headers.getOrDefault(name, "").trim();
            signed.put(name, name.equals("x-acs-content-sha256") ? checkedHash(value, payloadHash) : value);
        }
        StringBuilder text = new StringBuilder(method).append('\n').append(path).append('\n');
        text.append(AcsWire.sortedPairs(query)).append('\n');
        signed.forEach(
                (name, value) -> text.append(name).append(':').append(value).append('\n'));
        text.append('\n').append(String.join(";", signed.keySet())).append('\n').append(payloadHash);
        return text.toString();
    }

    /** The claimed payload hash when it is the body's, otherwise a value no client can have signed. */
    private static String checkedHash(String claimed, String actual) {
        return claimed.equals(actual) ? claimed : "mismatch:" + actual;
    }

    private static String signature(String secret, String canonical) {
        String digest = HexFormat.of().formatHex(AcsWire.sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(AcsWire.mac("HmacSHA256", secret, "ACS3-HMAC-SHA256\n" + digest));
    }
}
