package org.captchaee.impl.state;

/**
 * A key of the state store as the store sees it: {@code <family prefix>:<keyed digest>}. Made only by
 * {@link SharedState#key}, from parts that may hold personal data (a user name, an IP address, a token); the digest
 * reveals none of them to whoever can read the store.
 *
 * @param family the kind of entry
 * @param value the whole key, family prefix included
 */
public record StateKey(KeyFamily family, String value) {

    @Override
    public String toString() {
        return value;
    }
}
