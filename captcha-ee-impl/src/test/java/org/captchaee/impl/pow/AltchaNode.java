package org.captchaee.impl.pow;

import java.time.Duration;

import org.captchaee.impl.node.NodeScript;

/** Runs {@code altcha-interop.mjs}, the official altcha-lib's side of the interoperability tests, within a minute. */
final class AltchaNode {

    private AltchaNode() {}

    /**
     * Runs the harness.
     *
     * @param stdin what to write to its standard input
     * @param args the mode and its arguments
     * @return its standard output, trimmed
     */
    static String run(String stdin, String... args) {
        return NodeScript.of("altcha-interop.mjs", "altcha-lib", Duration.ofSeconds(60))
                .run(stdin, args);
    }
}
