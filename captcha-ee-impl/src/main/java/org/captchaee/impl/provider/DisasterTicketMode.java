package org.captchaee.impl.provider;

import java.util.Locale;
import java.util.Optional;

/** What a verifier does with the disaster tokens a page makes when its provider's script cannot load. */
public enum DisasterTicketMode {
    /** Accepted (as an outage) only while this verifier itself observes its provider failing. */
    DURING_OUTAGE,
    /** Always rejected. */
    NEVER,
    /** Accepted (as an outage) whenever they are well formed: the seeds' unconditional skip. Unsafe: anyone can make one. */
    ALWAYS;

    /**
     * The configuration spelling, for example {@code during-outage}.
     *
     * @return the value
     */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a configuration value.
     *
     * @param value for example {@code never}
     * @return the mode, if the value names one
     */
    public static Optional<DisasterTicketMode> parse(String value) {
        for (DisasterTicketMode mode : values()) {
            if (mode.configValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
