package org.captchaee.impl.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The hosts a provider reaches directly although a proxy is configured: a comma-separated list of host names or IP
 * addresses, each matched whole and without regard to case, or {@code *.example.com} for every host under
 * {@code example.com} (not {@code example.com} itself: list it too).
 */
final class NonProxyHosts {

    /** No host bypasses the proxy. */
    static final NonProxyHosts NONE = new NonProxyHosts(List.of());

    private static final Pattern ENTRY =
            Pattern.compile("(\\*\\.)?[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?|\\[[0-9a-f:.]{2,45}]");

    private final List<String> entries;

    private NonProxyHosts(List<String> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads a list.
     *
     * @param text the comma-separated entries
     * @return the list, empty if an entry is not a host name, an IP address or {@code *.} and a domain
     */
    static Optional<NonProxyHosts> parse(String text) {
        List<String> entries = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String entry = part.trim().toLowerCase(Locale.ROOT);
            if (!ENTRY.matcher(entry).matches()) {
                return Optional.empty();
            }
            entries.add(entry);
        }
        return Optional.of(new NonProxyHosts(entries));
    }

    /**
     * Whether a host is reached directly.
     *
     * @param host the host of a URL ({@code [::1]} for an IPv6 address)
     * @return {@code true} if an entry matches it
     */
    boolean matches(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return entries.stream()
                .anyMatch(entry -> entry.startsWith("*.") ? name.endsWith(entry.substring(1)) : name.equals(entry));
    }

    @Override
    public String toString() {
        return String.join(", ", entries);
    }
}
