package org.captchaee.impl.provider;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.microprofile.faulttolerance.Timeout;

/** Reads a client's {@code @Timeout}: loaded only when the Fault Tolerance API is on the class path. */
final class TimeoutAnnotations {

    private TimeoutAnnotations() {}

    static DeclaredTimeout declared(Class<?> client, String method) {
        Optional<Timeout> onMethod = Stream.of(client.getDeclaredMethods())
                .filter(candidate -> candidate.getName().equals(method))
                .map(candidate -> candidate.getAnnotation(Timeout.class))
                .filter(Objects::nonNull)
                .findFirst();
        Timeout annotation = onMethod.or(() -> Optional.ofNullable(client.getAnnotation(Timeout.class)))
                .orElseThrow(() -> new IllegalArgumentException(client.getName() + "#" + method + " has no @Timeout"));
        return new DeclaredTimeout(annotation.value(), annotation.unit(), onMethod.isPresent());
    }
}
