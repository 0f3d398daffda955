package org.captchaee.impl.provider;

import java.time.temporal.ChronoUnit;

/**
 * The timeout a client's {@code @Timeout} declares, before the configuration's keys.
 *
 * @param value the declared value
 * @param unit its unit
 * @param onMethod whether the annotation sits on the method (else on its class), which decides the keys that apply
 */
record DeclaredTimeout(long value, ChronoUnit unit, boolean onMethod) {}
