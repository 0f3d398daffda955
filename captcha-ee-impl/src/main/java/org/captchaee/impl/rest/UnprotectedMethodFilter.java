package org.captchaee.impl.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

import org.captchaee.impl.problem.ProblemMessage;
import org.captchaee.impl.problem.ProblemTexts;

/**
 * Answers every call of a protected method that no captcha interceptor reaches with {@code 500}, so that it never runs
 * unprotected on a server where the failure of {@link CaptchaDynamicFeature} does not stop the deployment.
 */
final class UnprotectedMethodFilter implements ContainerRequestFilter {

    /** The problem type of the answer. */
    static final String ERROR = "captcha_misconfigured";

    private final ProblemMessage detail;
    private final boolean testMode;

    /**
     * Creates the filter of one method.
     *
     * @param detail what is wrong and the fix, for the problem's {@code detail}
     * @param testMode whether {@code captcha.test-mode} is on
     */
    UnprotectedMethodFilter(ProblemMessage detail, boolean testMode) {
        this.detail = detail;
        this.testMode = testMode;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        ProblemTexts texts = ProblemTexts.forAcceptLanguage(request.getHeaderString("Accept-Language"));
        request.abortWith(ProblemResponses.misconfigured(ERROR, detail, texts, testMode));
    }
}
