package org.captchaee.impl.observe;

import java.time.Instant;
import java.util.Optional;

import org.captchaee.VerdictReason;

/**
 * What this node knows of one verifier, for health checks and metrics: nothing in it names a client.
 *
 * @param state what was last seen of its provider
 * @param since when that state began, as seen by this node; empty for {@link ProviderState#UP} seen since deployment
 * @param lastOutageReason the reason of the last provider failure this node saw, if any
 * @param lastOutageCode the provider's code of that failure ({@code timeout}, {@code circuit-open}, an error code), if
 *     any
 * @param degradedPasses degraded passes of calls to this verifier on this node within {@link GuardSignals#WINDOW}
 */
public record VerifierStatus(
        ProviderState state,
        Optional<Instant> since,
        Optional<VerdictReason> lastOutageReason,
        Optional<String> lastOutageCode,
        long degradedPasses) {}
