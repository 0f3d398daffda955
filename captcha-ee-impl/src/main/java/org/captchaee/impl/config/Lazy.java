package org.captchaee.impl.config;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made once, on first use, by whichever thread asks first; a failure is not remembered, so a later call tries
 * again. The configuration holders use it so that settings are read and validated at the deployment check, not at class
 * loading.
 *
 * @param <T> the value's type
 */
public final class Lazy<T> {

    private final Supplier<T> maker;
    private volatile T value;

    /**
     * Creates a lazy value.
     *
     * @param maker makes the value; must not return {@code null}
     */
    public Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    /**
     * The value, made on the first call.
     *
     * @return the value
     */
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                if (value == null) {
                    value = Objects.requireNonNull(maker.get(), "the lazy value");
                }
                current = value;
            }
        }
        return current;
    }
}
