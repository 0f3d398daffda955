package org.captchaee.impl.pow;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.captchaee.impl.pow.kdf.KeyDerivation;

/**
 * Checks ALTCHA v2 widget payloads against the challenges a {@link KdfChallenges} with the same key and settings
 * issued, in altcha-lib's order: the expiry, the signature (constant time), the shape of the solution, then the key
 * derivation. Stricter than altcha-lib: the parameters must be exactly those we issue, with the configured algorithm,
 * costs and prefix (a challenge made for other settings, or carrying {@code data} or {@code keySignature}, is
 * invalid); the derived key must be as long as the key; the counter a JSON integer.
 *
 * <p>The key derivation is the only costly step and runs once per payload, after every cheap check passed, at most
 * {@code maxConcurrentDerivations} at a time: a payload that would exceed that is refused as
 * {@link PowCheck.Outcome#BUSY} at once, so a flood of solutions cannot take more than that many cores. Replay is the
 * caller's job, with {@link PowCheck#replayId()} (the nonce). Thread-safe.
 */
public final class KdfSolutions {

    /** The longest payload read, in characters of Base64; a widget sends about 500. */
    public static final int MAX_PAYLOAD_LENGTH = 4096;

    private static final int NONCE_HEX_LENGTH = 32;
    private static final long MAX_COUNTER = 0xFFFF_FFFFL;

    private final PowHashes hashes;
    private final KdfSettings settings;
    private final KeyDerivation derivation;
    private final Set<String> issuedParameters;
    private final Semaphore derivations;
    private final Clock clock;
    private final StrictJson json;

    /**
     * Creates a checker.
     *
     * @param hmacKey the secret that signed the challenges, used as its UTF-8 bytes; not empty
     * @param settings what every challenge we issue states
     * @param maxConcurrentDerivations how many key derivations may run at once; at least 1
     * @param clock the clock that tells expired challenges
     * @throws IllegalArgumentException if the key is empty or the limit below 1
     * @throws IllegalStateException if the algorithm is not available here
     */
    public KdfSolutions(String hmacKey, KdfSettings settings, int maxConcurrentDerivations, Clock clock) {
        this(
                hmacKey,
                settings,
                settings.algorithm().derivation(settings.parameters()),
                maxConcurrentDerivations,
                clock);
    }

    /**
     * Creates a checker that derives keys with the given derivation, which must be the settings' own.
     *
     * @param hmacKey the secret that signed the challenges
     * @param settings what every challenge we issue states
     * @param derivation the settings' key derivation
     * @param maxConcurrentDerivations how many key derivations may run at once; at least 1
     * @param clock the clock that tells expired challenges
     */
    KdfSolutions(
            String hmacKey, KdfSettings settings, KeyDerivation derivation, int maxConcurrentDerivations, Clock clock) {
        if (maxConcurrentDerivations < 1) {
            throw new IllegalArgumentException("at least one derivation must be allowed: " + maxConcurrentDerivations);
        }
        this.hashes = new PowHashes(hmacKey);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.derivation = Objects.requireNonNull(derivation, "derivation");
        this.issuedParameters = issuedParameters(settings);
        this.derivations = new Semaphore(maxConcurrentDerivations);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.json = new StrictJson();
    }

    private static Set<String> issuedParameters(KdfSettings settings) {
        Set<String> names = Set.of("algorithm", "cost", "expiresAt", "keyLength", "keyPrefix", "nonce", "salt");
        if (!settings.algorithm().isMemoryHard()) {
            return names;
        }
        return Stream.concat(names.stream(), Stream.of("memoryCost", "parallelism"))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Checks a payload: {@link PowCheck.Outcome#MALFORMED} unless it has the shape of a v2 payload,
     * {@link PowCheck.Outcome#INVALID} unless its parameters are ours and signed with our key and its solution derives
     * the key it claims with the prefix asked, {@link PowCheck.Outcome#EXPIRED} if the challenge expired,
     * {@link PowCheck.Outcome#BUSY} if too many derivations are running, otherwise {@link PowCheck.Outcome#PASSED}.
     *
     * @param base64Payload the payload as the widget sent it; may be null
     * @return the result
     */
    public PowCheck check(String base64Payload) {
        if (base64Payload == null || base64Payload.length() > MAX_PAYLOAD_LENGTH) {
            return PowCheck.MALFORMED;
        }
        return KdfPayload.read(base64Payload, json).map(this::check).orElse(PowCheck.MALFORMED);
    }

    private PowCheck check(KdfPayload payload) {
        Optional<KdfChallenge> issued = asIssued(payload.parameters(), payload.signature());
        if (issued.isEmpty()) {
            return PowCheck.INVALID;
        }
        KdfChallenge challenge = issued.get();
        Instant expires = Instant.ofEpochSecond(challenge.expiresAt());
        if (expires.isBefore(clock.instant())) {
            return PowCheck.EXPIRED;
        }
        String expected = hashes.signature(
                KdfChallenge.canonicalJson(settings, challenge.nonce(), challenge.salt(), challenge.expiresAt()));
        if (!equal(expected, challenge.signature())) {
            return PowCheck.INVALID;
        }
        Optional<Long> counter = counter(payload.counter());
        if (counter.isEmpty()
                || !(payload.derivedKey() instanceof JsonString derivedKey)
                || !isKey(derivedKey.getString())) {
            return PowCheck.INVALID;
        }
        return derives(challenge, counter.get(), derivedKey.getString())
                .map(derives -> derives ? PowCheck.passed(challenge.nonce(), expires) : PowCheck.INVALID)
                .orElse(PowCheck.BUSY);
    }

    /** The parameters as a challenge, if they are exactly those we issue with our settings; the signature unchecked. */
    private Optional<KdfChallenge> asIssued(JsonObject parameters, JsonValue signature) {
        if (!parameters.keySet().equals(issuedParameters)
                || !(signature instanceof JsonString signatureText)
                || !isText(parameters, "algorithm", settings.algorithm().wireName())
                || !isText(parameters, "keyPrefix", settings.keyPrefix())
                || !isInteger(parameters, "cost", settings.parameters().cost())
                || !isInteger(parameters, "keyLength", settings.parameters().keyLength())
                || settings.algorithm().isMemoryHard()
                        && (!isInteger(
                                        parameters,
                                        "memoryCost",
                                        settings.parameters().memoryCost())
                                || !isInteger(
                                        parameters,
                                        "parallelism",
                                        settings.parameters().parallelism()))
                || !(parameters.get("nonce") instanceof JsonString nonce)
                || !(parameters.get("salt") instanceof JsonString salt)
                || !isRandomHex(nonce.getString())
                || !isRandomHex(salt.getString())) {
            return Optional.empty();
        }
        return integer(parameters.get("expiresAt"))
                .filter(expiresAt -> expiresAt > 0)
                .map(expiresAt -> new KdfChallenge(
                        settings, nonce.getString(), salt.getString(), expiresAt, signatureText.getString()));
    }

    private boolean isKey(String derivedKey) {
        return derivedKey.length() == 2 * settings.parameters().keyLength()
                && KdfChallenge.isHexBytes(derivedKey)
                && derivedKey.startsWith(settings.keyPrefix());
    }

    /** Whether the counter derives the key; empty if no derivation slot is free. */
    private Optional<Boolean> derives(KdfChallenge challenge, long counter, String derivedKey) {
        if (!derivations.tryAcquire()) {
            return Optional.empty();
        }
        try {
            byte[] nonce = challenge.nonceBytes();
            byte[] password = ByteBuffer.allocate(nonce.length + Integer.BYTES)
                    .put(nonce)
                    .putInt((int) counter)
                    .array();
            byte[] key = derivation.derive(password, challenge.saltBytes());
            return Optional.of(equal(HexFormat.of().formatHex(key), derivedKey));
        } finally {
            derivations.release();
        }
    }

    private static boolean isRandomHex(String text) {
        return text.length() == NONCE_HEX_LENGTH && KdfChallenge.isHexBytes(text);
    }

    private static boolean isText(JsonObject parameters, String name, String expected) {
        return parameters.get(name) instanceof JsonString text
                && text.getString().equals(expected);
    }

    private static boolean isInteger(JsonObject parameters, String name, long expected) {
        return integer(parameters.get(name)).filter(value -> value == expected).isPresent();
    }

    private static Optional<Long> counter(JsonValue value) {
        return integer(value).filter(counter -> counter >= 0 && counter <= MAX_COUNTER);
    }

    /** A JSON integer that fits a long; {@code 1.0}, {@code 1e3}, strings and booleans are not. */
    private static Optional<Long> integer(JsonValue value) {
        // isIntegral() means scale 0, so "1e999999999" is refused before anything large is built
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            return Optional.empty();
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Optional.empty();
        }
        return Optional.of(decimal.longValueExact());
    }

    private static boolean equal(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        // the key is a secret: never printed
        return "KdfSolutions[" + settings + "]";
    }
}
