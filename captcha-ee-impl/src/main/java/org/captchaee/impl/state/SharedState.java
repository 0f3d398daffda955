package org.captchaee.impl.state;

import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.impl.config.Lazy;
import org.captchaee.impl.secret.CaptchaSecret;
import org.captchaee.impl.secret.HmacSha256Key;
import org.captchaee.spi.CaptchaStateStore;

/**
 * The one way captcha-ee reaches the {@link CaptchaStateStore}: every entry that must agree across the nodes of a cluster
 * (one-time marks, counters, observed outages) goes through here, under a key of a declared {@link KeyFamily}.
 *
 * <p>Keys are keyed digests: {@code <family>:<HMAC-SHA256 of the parts, 128 bits, base64url>}, with an HMAC key derived
 * from {@code captcha.secret}. The parts may be user names, phone numbers, IP addresses or tokens; a dump of a shared
 * store reveals none of them, and since every node of a cluster derives the same key from the same secret, every node
 * finds the others' entries. The parts are length-prefixed, so two different lists of parts never make the same text.
 */
@ApplicationScoped
public class SharedState {

    private static final int DIGEST_BYTES = 16;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final CaptchaStateStore store;
    private final Lazy<HmacSha256Key> hmacKey;
    private final StoreFailures failures;

    /**
     * Creates the shared state on the application's store, with keys derived from {@code captcha.secret}.
     *
     * @param store the store chosen by {@code captcha.store}
     * @param secret the application's secret
     * @param failures hears every failed store operation, for metrics
     */
    @Inject
    public SharedState(CaptchaStateStore store, CaptchaSecret secret, StoreFailures failures) {
        this.store = store;
        this.hmacKey = new Lazy<>(() -> new HmacSha256Key(secret.keyFor("state-store")));
        this.failures = failures;
    }

    /**
     * Creates shared state with a given digest key.
     *
     * @param store the store
     * @param hmacKey the key of the digests
     */
    public SharedState(CaptchaStateStore store, byte[] hmacKey) {
        this.store = store;
        HmacSha256Key key = new HmacSha256Key(hmacKey);
        this.hmacKey = new Lazy<>(() -> key);
        this.failures = StoreFailures.IGNORED;
    }

    /** For the CDI client proxy only. */
    protected SharedState() {
        this.store = null;
        this.hmacKey = null;
        this.failures = null;
    }

    /**
     * Makes the key of an entry.
     *
     * @param family the kind of entry
     * @param parts what identifies the entry within its kind, in a fixed order
     * @return the key the store sees
     */
    public StateKey key(KeyFamily family, String... parts) {
        StringBuilder message = new StringBuilder(family.prefix());
        for (String part : parts) {
            message.append('|').append(part.length()).append(':').append(part);
        }
        byte[] digest = Arrays.copyOf(hmacKey.get().mac(message.toString()), DIGEST_BYTES);
        return new StateKey(family, family.prefix() + ':' + BASE64URL.encodeToString(digest));
    }

    /**
     * Marks a key, unless it is already marked.
     *
     * @param key the key
     * @param ttl how long the mark lives; positive
     * @return {@code true} if this call marked it
     * @see CaptchaStateStore#putIfAbsent
     */
    public boolean putIfAbsent(StateKey key, Duration ttl) {
        try {
            return store.putIfAbsent(key.value(), ttl);
        } catch (RuntimeException e) {
            throw reported("put-if-absent", e);
        }
    }

    /**
     * Adds one to a counter in a fixed window.
     *
     * @param key the key
     * @param ttl the window that starts with a new counter; positive
     * @return the value after this call
     * @see CaptchaStateStore#increment
     */
    public long increment(StateKey key, Duration ttl) {
        try {
            return store.increment(key.value(), ttl);
        } catch (RuntimeException e) {
            throw reported("increment", e);
        }
    }

    /**
     * Reads a counter or a mark.
     *
     * @param key the key
     * @return its value, 0 when absent
     * @see CaptchaStateStore#count
     */
    public long count(StateKey key) {
        try {
            return store.count(key.value());
        } catch (RuntimeException e) {
            throw reported("count", e);
        }
    }

    /**
     * Forgets a key.
     *
     * @param key the key
     * @see CaptchaStateStore#remove
     */
    public void remove(StateKey key) {
        try {
            store.remove(key.value());
        } catch (RuntimeException e) {
            throw reported("remove", e);
        }
    }

    /** Shows a failed operation to the listener, and gives the failure back to be thrown as it was. */
    private RuntimeException reported(String operation, RuntimeException failure) {
        failures.failed(operation);
        return failure;
    }
}
