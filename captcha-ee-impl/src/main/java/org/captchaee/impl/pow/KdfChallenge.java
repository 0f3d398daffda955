package org.captchaee.impl.pow;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.captchaee.impl.json.JsonFactories;

/**
 * An ALTCHA v2 challenge: its parameters and their signature. The parameters are exactly those we issue (never
 * {@code data} or {@code keySignature}); their canonical JSON, which the signature covers, is what altcha-lib's
 * {@code JSON.stringify} of the parameters with sorted keys gives, byte for byte.
 *
 * @param settings the algorithm, its costs, the key length and the key prefix
 * @param nonce 16 random bytes in lowercase hex, the start of every password the client tries
 * @param salt 16 random bytes in lowercase hex
 * @param expiresAt the expiry, in Unix seconds
 * @param signature lowercase hex of {@code HMAC-SHA256(hmacKey, canonical JSON of the parameters)}
 */
public record KdfChallenge(KdfSettings settings, String nonce, String salt, long expiresAt, String signature) {

    private static final Pattern HEX_BYTES = Pattern.compile("(?:[0-9a-f]{2})+");

    /**
     * Checks the shapes that keep the canonical JSON free of characters JSON would escape.
     *
     * @param settings the settings
     * @param nonce the nonce
     * @param salt the salt
     * @param expiresAt the expiry
     * @param signature the signature
     * @throws IllegalArgumentException if the nonce or the salt is not lowercase hex of whole bytes, or the expiry is
     *     not positive
     */
    public KdfChallenge {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(signature, "signature");
        if (!isHexBytes(nonce) || !isHexBytes(salt) || expiresAt <= 0) {
            throw new IllegalArgumentException("nonce and salt must be lowercase hex, the expiry positive");
        }
    }

    /**
     * Whether a text is lowercase hex of whole bytes, as nonces, salts and derived keys are.
     *
     * @param text the text; may be null
     * @return true if it is
     */
    static boolean isHexBytes(String text) {
        return text != null && HEX_BYTES.matcher(text).matches();
    }

    /**
     * The canonical JSON of the parameters: keys in code-point order, no spaces, integers in decimal.
     *
     * @param settings the algorithm, costs and prefix
     * @param nonce the nonce hex
     * @param salt the salt hex
     * @param expiresAt the expiry in Unix seconds
     * @return the text the signature covers
     */
    static String canonicalJson(KdfSettings settings, String nonce, String salt, long expiresAt) {
        // every value is an integer, lowercase hex or an algorithm name: nothing JSON.stringify would escape
        StringBuilder json = new StringBuilder(256)
                .append("{\"algorithm\":\"")
                .append(settings.algorithm().wireName())
                .append("\",\"cost\":")
                .append(settings.parameters().cost())
                .append(",\"expiresAt\":")
                .append(expiresAt)
                .append(",\"keyLength\":")
                .append(settings.parameters().keyLength())
                .append(",\"keyPrefix\":\"")
                .append(settings.keyPrefix())
                .append('"');
        if (settings.algorithm().isMemoryHard()) {
            json.append(",\"memoryCost\":").append(settings.parameters().memoryCost());
        }
        json.append(",\"nonce\":\"").append(nonce).append('"');
        if (settings.algorithm().isMemoryHard()) {
            json.append(",\"parallelism\":").append(settings.parameters().parallelism());
        }
        return json.append(",\"salt\":\"").append(salt).append("\"}").toString();
    }

    /**
     * The bytes of the nonce.
     *
     * @return 16 bytes when we issued it
     */
    byte[] nonceBytes() {
        return HexFormat.of().parseHex(nonce);
    }

    /**
     * The bytes of the salt.
     *
     * @return 16 bytes when we issued it
     */
    byte[] saltBytes() {
        return HexFormat.of().parseHex(salt);
    }

    /**
     * The challenge as the widget reads it.
     *
     * @return {@code {"parameters": {...}, "signature": "..."}}, the parameters' keys sorted
     */
    public JsonObject toJson() {
        JsonObjectBuilder parameters = JsonFactories.objectBuilder()
                .add("algorithm", settings.algorithm().wireName())
                .add("cost", settings.parameters().cost())
                .add("expiresAt", expiresAt)
                .add("keyLength", settings.parameters().keyLength())
                .add("keyPrefix", settings.keyPrefix());
        if (settings.algorithm().isMemoryHard()) {
            parameters.add("memoryCost", settings.parameters().memoryCost());
        }
        parameters.add("nonce", nonce);
        if (settings.algorithm().isMemoryHard()) {
            parameters.add("parallelism", settings.parameters().parallelism());
        }
        parameters.add("salt", salt);
        return JsonFactories.objectBuilder()
                .add("parameters", parameters)
                .add("signature", signature)
                .build();
    }
}
