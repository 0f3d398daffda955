package org.captchaee.impl.rest;

import org.captchaee.impl.log.MessageIds;
import org.captchaee.impl.problem.ProblemMessage;

/** What to say about a protected resource method that no captcha interceptor can reach. */
final class UnprotectedResources {

    private UnprotectedResources() {}

    /**
     * The message that names the method, the class and the fix.
     *
     * @param method the unprotected method
     * @return the message
     */
    static String message(ProtectedResourceMethod method) {
        String type = method.resourceClass().getName();
        return MessageIds.CORE_UNPROTECTED_RESOURCE + " " + method.name() + " is annotated @RequiresCaptcha, but "
                + type
                + " is not a CDI bean, so no interceptor checks its captcha and the method would run unprotected. Fix:"
                + " make " + type + " a CDI bean: give it a scope, e.g. @RequestScoped (and neither veto it nor"
                + " exclude it from bean discovery).";
    }

    /**
     * The problem's {@code detail} for a call of the method, with the same words as the message but without its log id.
     *
     * @param method the unprotected method
     * @return the detail
     */
    static ProblemMessage detail(ProtectedResourceMethod method) {
        return ProblemMessage.of(
                "detail.unprotected_method",
                method.name(),
                method.resourceClass().getName());
    }
}
