package org.captchaee.it.app;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

import org.captchaee.impl.image.AnswerGenerator;

/**
 * Test deployments only: the library's answer generator, which also remembers the answers it gave, so that a black-box
 * test can solve image challenges. The library itself never reveals an answer.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class KnownAnswers extends AnswerGenerator {

    private static final Deque<String> GIVEN = new ConcurrentLinkedDeque<>();

    @Override
    public String next(int length) {
        String answer = super.next(length);
        GIVEN.addLast(answer);
        return answer;
    }

    /** The answer of the newest challenge. */
    static String last() {
        return GIVEN.peekLast();
    }
}
