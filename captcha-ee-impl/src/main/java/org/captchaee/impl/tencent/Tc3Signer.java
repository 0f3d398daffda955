package org.captchaee.impl.tencent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import org.captchaee.impl.secret.Hashes;

/**
 * Signs TencentCloud API 3.0 requests with TC3-HMAC-SHA256, signing the headers {@code content-type} and {@code host} of a
 * POST to {@code /}, as the official SDK does.
 */
public final class Tc3Signer {

    /** The algorithm name, first word of the Authorization header. */
    public static final String ALGORITHM = "TC3-HMAC-SHA256";

    private static final String SIGNED_HEADERS = "content-type;host";
    private static final DateTimeFormatter UTC_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final String secretId;
    private final byte[] secretKey;

    /**
     * Creates a signer.
     *
     * @param secretId the SecretId of the cloud API key
     * @param secretKey the SecretKey of the cloud API key
     */
    public Tc3Signer(String secretId, String secretKey) {
        this.secretId = secretId;
        this.secretKey = ("TC3" + secretKey).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The Authorization header of one request.
     *
     * @param service the service of the credential scope, for example {@code captcha}
     * @param host the Host header, for example {@code captcha.tencentcloudapi.com}
     * @param contentType the Content-Type header, byte for byte as sent
     * @param timestamp the X-TC-Timestamp, in Unix seconds
     * @param body the request body, byte for byte as sent
     * @return the header value
     */
    public String authorization(String service, String host, String contentType, long timestamp, byte[] body) {
        String date = UTC_DATE.format(Instant.ofEpochSecond(timestamp));
        String scope = date + "/" + service + "/tc3_request";
        String canonicalRequest = "POST\n/\n\n" + "content-type:" + contentType.trim() + "\n" + "host:" + host.trim()
                + "\n\n" + SIGNED_HEADERS + "\n" + Hashes.sha256Hex(body);
        String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + scope + "\n"
                + Hashes.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        byte[] signingKey =
                Hashes.hmacSha256(Hashes.hmacSha256(Hashes.hmacSha256(secretKey, date), service), "tc3_request");
        String signature = HexFormat.of().formatHex(Hashes.hmacSha256(signingKey, stringToSign));
        return ALGORITHM + " Credential=" + secretId + "/" + scope + ", SignedHeaders=" + SIGNED_HEADERS
                + ", Signature=" + signature;
    }

    @Override
    public String toString() {
        // the key is a secret: never printed
        return "Tc3Signer[secretId=" + secretId + "]";
    }
}
