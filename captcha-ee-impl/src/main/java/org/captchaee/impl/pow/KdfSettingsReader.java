package org.captchaee.impl.pow;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.captchaee.impl.config.ConfigReader;
import org.captchaee.impl.pow.kdf.KdfAlgorithm;
import org.captchaee.impl.pow.kdf.KdfParameters;

/**
 * Reads the ALTCHA v2 keys: {@code captcha.pow.algorithm}, {@code captcha.pow.cost}, {@code captcha.pow.memory-cost},
 * {@code captcha.pow.parallelism} and {@code captcha.pow.key-prefix}, with each algorithm's defaults and bounds. The
 * bounds keep one verification's cost and memory within what a server can pay per request: at most 256 MiB of memory
 * for scrypt and Argon2id.
 */
final class KdfSettingsReader {

    private static final long MAX_MEMORY_BYTES = 256L * 1024 * 1024;
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{1,16}");

    private final ConfigReader reader;
    private final Consumer<String> problems;
    private final String prefix;

    /**
     * Creates a reader.
     *
     * @param reader reads the values
     * @param problems told each error, naming the key and the fix
     * @param prefix the verifier's key prefix, {@code captcha.pow.}
     */
    KdfSettingsReader(ConfigReader reader, Consumer<String> problems, String prefix) {
        this.reader = reader;
        this.problems = problems;
        this.prefix = prefix;
    }

    /**
     * Reads the settings; the defaults stand in for invalid values, which are reported.
     *
     * @param checkAvailability whether to report an algorithm that cannot run here (only when v2 is spoken)
     * @return the settings
     */
    KdfSettings read(boolean checkAvailability) {
        KdfAlgorithm algorithm = reader.choice(
                prefix + "algorithm",
                KdfAlgorithm.PBKDF2_SHA_256,
                value -> KdfAlgorithm.named(value.toUpperCase(Locale.ROOT)),
                KdfAlgorithm.names());
        if (checkAvailability && !algorithm.isAvailable()) {
            problems.accept(prefix + "algorithm=" + algorithm + " needs Bouncy Castle on the application's class path:"
                    + " add org.bouncycastle:bcprov-jdk18on to the WAR, or choose PBKDF2/SHA-256 or SHA-256.");
        }
        KdfParameters defaults = algorithm.defaults();
        int cost = (int) reader.wholeNumber(prefix + "cost", 1, maxCost(algorithm), defaults.cost());
        if (algorithm == KdfAlgorithm.SCRYPT && Integer.bitCount(cost) != 1) {
            problems.accept(prefix + "cost=" + cost + " is invalid: scrypt's cost (N) must be a power of 2.");
            cost = defaults.cost();
        }
        int memoryCost = memoryHardOnly(algorithm, "memory-cost", maxMemoryCost(algorithm), defaults.memoryCost());
        int parallelism = memoryHardOnly(algorithm, "parallelism", 16, defaults.parallelism());
        KdfParameters parameters = new KdfParameters(cost, memoryCost, parallelism, KdfAlgorithm.KEY_LENGTH);
        if (exceedsMemory(algorithm, parameters)) {
            problems.accept(prefix + "cost, " + prefix + "memory-cost and " + prefix + "parallelism ask scrypt for "
                    + "more than 256 MiB per verification (128 * N * r * p bytes): lower one of them.");
            parameters = defaults;
        }
        return new KdfSettings(algorithm, parameters, keyPrefix(algorithm));
    }

    private static long maxCost(KdfAlgorithm algorithm) {
        return switch (algorithm) {
            case SHA_256, SHA_384, SHA_512 -> 1_000_000;
            case PBKDF2_SHA_256, PBKDF2_SHA_384, PBKDF2_SHA_512 -> 10_000_000;
            case SCRYPT -> 1 << 20;
            case ARGON2ID -> 16;
        };
    }

    private static long maxMemoryCost(KdfAlgorithm algorithm) {
        // scrypt's memory cost is its block size r; Argon2id's is KiB
        return algorithm == KdfAlgorithm.SCRYPT ? 64 : MAX_MEMORY_BYTES / 1024;
    }

    private static boolean exceedsMemory(KdfAlgorithm algorithm, KdfParameters parameters) {
        return algorithm == KdfAlgorithm.SCRYPT
                && 128L * parameters.cost() * parameters.memoryCost() * parameters.parallelism() > MAX_MEMORY_BYTES;
    }

    private int memoryHardOnly(KdfAlgorithm algorithm, String name, long max, int defaultValue) {
        String key = prefix + name;
        if (algorithm.isMemoryHard()) {
            long min = algorithm == KdfAlgorithm.ARGON2ID && name.equals("memory-cost") ? 8 * 16 : 1;
            return (int) reader.wholeNumber(key, min, max, defaultValue);
        }
        if (reader.text(key).isPresent()) {
            problems.accept(key + " applies to SCRYPT and ARGON2ID only, not to " + algorithm + ": remove it, or set "
                    + prefix + "algorithm to one of them.");
        }
        return 0;
    }

    private String keyPrefix(KdfAlgorithm algorithm) {
        Optional<String> value = reader.text(prefix + "key-prefix");
        if (value.isPresent() && !HEX.matcher(value.get()).matches()) {
            problems.accept(prefix + "key-prefix=" + value.get() + " is invalid: it must be 1 to 16 hex digits (each"
                    + " one multiplies the average work of a client by 16).");
            return algorithm.defaultKeyPrefix();
        }
        return value.map(hex -> hex.toLowerCase(Locale.ROOT)).orElse(algorithm.defaultKeyPrefix());
    }
}
