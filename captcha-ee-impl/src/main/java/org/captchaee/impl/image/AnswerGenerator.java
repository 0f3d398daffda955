package org.captchaee.impl.image;

import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;

import org.captchaee.impl.image.render.Glyphs;

/**
 * Picks the answers of image challenges: uniformly random characters of {@link Glyphs#ALPHABET}, which leaves out
 * look-alike characters, from a {@link SecureRandom}.
 */
@ApplicationScoped
public class AnswerGenerator {

    private final SecureRandom random = new SecureRandom();

    /**
     * A new answer.
     *
     * @param length the number of characters
     * @return the answer, upper case
     */
    public String next(int length) {
        StringBuilder answer = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            answer.append(Glyphs.ALPHABET.charAt(random.nextInt(Glyphs.ALPHABET.length())));
        }
        return answer.toString();
    }
}
