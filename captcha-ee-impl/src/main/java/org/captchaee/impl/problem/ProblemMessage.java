package org.captchaee.impl.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text of a problem body as a key of the problem bundles and its arguments, put into words in the language of each
 * answer when the answer is written. Arguments name things (a header, a JSON member, a limit), never a token, a secret
 * or anything else the client sent as a value.
 *
 * @param key the key in the problem bundles
 * @param arguments the values of the pattern's {@code {0}}, {@code {1}}, ..., as text so that no language formats a
 *     number differently
 */
public record ProblemMessage(String key, List<String> arguments) {

    /**
     * Checks and copies the members.
     *
     * @param key the key in the problem bundles
     * @param arguments the pattern's arguments
     */
    public ProblemMessage {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /**
     * A message.
     *
     * @param key the key in the problem bundles
     * @param arguments the pattern's arguments, each written as {@link String#valueOf(Object)} gives it
     * @return the message
     */
    public static ProblemMessage of(String key, Object... arguments) {
        return new ProblemMessage(
                key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /**
     * The message in the library's English, for logs and exception messages.
     *
     * @return the English text
     */
    public String english() {
        return ProblemTexts.libraryEnglish().format(this);
    }
}
