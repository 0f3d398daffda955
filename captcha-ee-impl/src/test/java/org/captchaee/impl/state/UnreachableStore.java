package org.captchaee.impl.state;

import java.time.Duration;

import org.captchaee.spi.CaptchaStateStore;
import org.captchaee.spi.StateStoreUnavailableException;

/** A state store whose engine is down: every operation throws {@link StateStoreUnavailableException}. */
public final class UnreachableStore implements CaptchaStateStore {

    @Override
    public boolean putIfAbsent(String key, Duration ttl) {
        throw new StateStoreUnavailableException("down");
    }

    @Override
    public long increment(String key, Duration ttl) {
        throw new StateStoreUnavailableException("down");
    }

    @Override
    public long count(String key) {
        throw new StateStoreUnavailableException("down");
    }

    @Override
    public void remove(String key) {
        throw new StateStoreUnavailableException("down");
    }
}
