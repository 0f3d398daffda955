package org.captchaee.impl.request;

/**
 * The client of one request, as resolved by {@link ClientIpResolver}.
 *
 * @param ip the resolved client address in textual form: what verifiers, providers and events receive
 * @param stateKey what per-IP state (counters, budgets) is keyed by: an IPv4 address as it is, an IPv4-mapped IPv6
 *     address as its IPv4 form, an IPv6 address masked to the configured prefix and written as
 *     {@code <network>/<prefix>} (for example {@code 2001:db8:1:2::/64}), since one subscriber usually holds a whole
 *     /64 and can rotate inside it at will; with the prefix 128 it is the address itself, like {@link #ip()}
 */
public record ClientAddress(String ip, String stateKey) {}
