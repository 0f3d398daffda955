package org.captchaee.impl.aliyun;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.captchaee.impl.secret.Hashes;

/**
 * Signs Alibaba Cloud OpenAPI requests with ACS3-HMAC-SHA256 (signature V3), as the current SDK does by default: the
 * canonical request covers the method, the path, the sorted query, the headers {@code host}, {@code content-type} and
 * {@code x-acs-*}, and the SHA-256 of the body; the signature is the HMAC-SHA256, keyed with the AccessKey secret, of
 * {@code ACS3-HMAC-SHA256\n<hex SHA-256 of the canonical request>}.
 */
public final class Acs3Signer {

    /** The algorithm name, first word of the Authorization header. */
    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    /** The header that carries the hex SHA-256 of the body. */
    public static final String CONTENT_SHA256 = "x-acs-content-sha256";

    private final String accessKeyId;
    private final byte[] accessKeySecret;

    /**
     * Creates a signer.
     *
     * @param accessKeyId the AccessKey ID
     * @param accessKeySecret the AccessKey secret
     */
    public Acs3Signer(String accessKeyId, String accessKeySecret) {
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The headers to send with a request: its own headers, {@code x-acs-content-sha256} and {@code Authorization}. The
     * {@code host} header is not among them: the HTTP client sends it from the URL, and it must equal
     * {@link Acs3Request#host()}.
     *
     * @param request the request
     * @return the headers by lower-case name, sorted
     */
    public SortedMap<String, String> sign(Acs3Request request) {
        SortedMap<String, String> headers = new TreeMap<>(request.headers());
        headers.put(CONTENT_SHA256, Hashes.sha256Hex(request.bodyBytes()));
        headers.put("authorization", authorization(request));
        return headers;
    }

    /**
     * The Authorization header of a request.
     *
     * @param request the request
     * @return {@code ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<names>,Signature=<hex>}
     */
    public String authorization(Acs3Request request) {
        String canonical = canonicalRequest(request);
        String stringToSign = ALGORITHM + "\n" + Hashes.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
        String signature = HexFormat.of().formatHex(Hashes.hmacSha256(accessKeySecret, stringToSign));
        return ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders="
                + String.join(";", signed(request).keySet()) + ",Signature=" + signature;
    }

    /**
     * The canonical request of a request, the text whose digest is signed.
     *
     * @param request the request
     * @return the canonical request
     */
    public static String canonicalRequest(Acs3Request request) {
        Map<String, String> signed = signed(request);
        StringBuilder canonical = new StringBuilder()
                .append(request.method())
                .append('\n')
                .append(request.path())
                .append('\n')
                .append(AliyunEncoding.canonicalQuery(request.query()))
                .append('\n');
        signed.forEach((name, value) ->
                canonical.append(name).append(':').append(value).append('\n'));
        return canonical
                .append('\n')
                .append(String.join(";", signed.keySet()))
                .append('\n')
                .append(signed.get(CONTENT_SHA256))
                .toString();
    }

    private static SortedMap<String, String> signed(Acs3Request request) {
        SortedMap<String, String> signed = new TreeMap<>();
        request.headers().forEach((name, value) -> {
            if (name.equals("content-type") || name.startsWith("x-acs-")) {
                signed.put(name, value.trim());
            }
        });
        signed.put("host", request.host().trim());
        signed.put(CONTENT_SHA256, Hashes.sha256Hex(request.bodyBytes()));
        return signed;
    }

    @Override
    public String toString() {
        // the secret is never printed
        return "Acs3Signer[accessKeyId=" + accessKeyId + "]";
    }
}
