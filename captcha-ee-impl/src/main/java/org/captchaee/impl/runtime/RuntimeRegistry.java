package org.captchaee.impl.runtime;

/**
 * The one holder of the {@link CaptchaRuntime}: every bean that needs the resolved configuration injects this, and
 * nothing injects the CDI extension. The extension creates one registry per deployment with the health switches it
 * read before discovery, registers it as a {@code @Singleton} bean, and installs the runtime once the deployment
 * validates, before any call can arrive.
 */
public final class RuntimeRegistry {

    private final HealthSettings health;
    private volatile CaptchaRuntime runtime;

    /**
     * Creates an empty registry.
     *
     * @param health the switches of the readiness checks, read before discovery
     */
    public RuntimeRegistry(HealthSettings health) {
        this.health = health;
    }

    /**
     * Installs the runtime built when the deployment validated.
     *
     * @param resolved the runtime
     * @throws IllegalStateException if a runtime is installed already
     */
    public void install(CaptchaRuntime resolved) {
        if (runtime != null) {
            throw new IllegalStateException("the captcha runtime is installed already");
        }
        runtime = resolved;
    }

    /**
     * Whether the deployment validated, so that {@link #runtime()} answers.
     *
     * @return {@code false} before validation and for a deployment that failed it
     */
    public boolean installed() {
        return runtime != null;
    }

    /**
     * The runtime resolved at deployment.
     *
     * @return the runtime
     * @throws IllegalStateException if the deployment did not validate
     */
    public CaptchaRuntime runtime() {
        CaptchaRuntime resolved = runtime;
        if (resolved == null) {
            throw new IllegalStateException("captcha-ee was not initialised: the deployment failed validation");
        }
        return resolved;
    }

    /**
     * The health switches read when the application deployed.
     *
     * @return the settings of the readiness checks
     */
    public HealthSettings health() {
        return health;
    }
}
