package org.captchaee.impl.aliyun.stub;

import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * The server side of the legacy RPC signature (HMAC-SHA1, SignatureVersion 1.0), written from Alibaba Cloud's RPC
 * documentation independently of the library's signer. It answers the error code the real gateway gives, or
 * {@code null} when the request is authentic. Nonces are the stub's business.
 */
final class RpcCheck {

    private static final String[] COMMON = {
        "AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp"
    };

    private final Map<String, String> secretsById;

    RpcCheck(Map<String, String> secretsById) {
        this.secretsById = secretsById;
    }

    /**
     * Checks one request.
     *
     * @param method the HTTP method
     * @param parameters every request parameter, query and form, decoded
     * @param now the server's clock, in Unix seconds
     * @return the gateway error code, or null when the signature is valid
     */
    String check(String method, Map<String, String> parameters, long now) {
        for (String name : COMMON) {
            if (!parameters.containsKey(name)) {
                return "Missing" + name;
            }
        }
        if (!"HMAC-SHA1".equals(parameters.get("SignatureMethod"))
                || !"1.0".equals(parameters.get("SignatureVersion"))) {
            return "IncompleteSignature";
        }
        String secret = secretsById.get(parameters.get("AccessKeyId"));
        if (secret == null) {
            return "InvalidAccessKeyId.NotFound";
        }
        Long timestamp = AcsWire.seconds(parameters.get("Timestamp"));
        if (timestamp == null) {
            return "InvalidTimeStamp.Format";
        }
        if (Math.abs(now - timestamp) > Acs3Check.MAX_SKEW_SECONDS) {
            return "InvalidTimeStamp.Expired";
        }
        Map<String, String> signed = new TreeMap<>(parameters);
        signed.remove("Signature");
        String toSign = method + "&" + AcsWire.escape("/") + "&" + AcsWire.escape(AcsWire.sortedPairs(signed));
        String expected = Base64.getEncoder().encodeToString(AcsWire.mac("HmacSHA1", secret + "&", toSign));
        return AcsWire.same(expected, parameters.get("Signature")) ? null : "SignatureDoesNotMatch";
    }
}
