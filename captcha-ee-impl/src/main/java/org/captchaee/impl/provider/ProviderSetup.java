package org.captchaee.impl.provider;

import java.util.function.Function;
import java.util.function.Supplier;

import org.captchaee.impl.config.Lazy;

/**
 * A provider's validated settings and the API client made from them, both made once, on first use (the deployment's
 * check of the verifier), so that a verifier nobody uses never reads its keys.
 *
 * @param <S> the settings
 * @param <A> the API client
 */
public final class ProviderSetup<S, A> {

    private final Lazy<Ready<S, A>> ready;

    /**
     * Creates the setup.
     *
     * @param settings reads and validates the settings, throwing {@link org.captchaee.CaptchaDefinitionException}
     *     that names every missing or invalid key
     * @param api makes the API client from the settings
     */
    public ProviderSetup(Supplier<S> settings, Function<S, A> api) {
        this.ready = new Lazy<>(() -> {
            S read = settings.get();
            return new Ready<>(read, api.apply(read));
        });
    }

    /**
     * The settings.
     *
     * @return the validated settings
     * @throws org.captchaee.CaptchaDefinitionException naming every missing or invalid key
     */
    public S settings() {
        return ready.get().settings();
    }

    /**
     * The API client.
     *
     * @return the client made from the settings
     * @throws org.captchaee.CaptchaDefinitionException naming every missing or invalid key
     */
    public A api() {
        return ready.get().api();
    }

    private record Ready<S, A>(S settings, A api) {}
}
