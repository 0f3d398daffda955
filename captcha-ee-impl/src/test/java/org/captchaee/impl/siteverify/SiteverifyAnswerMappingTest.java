package org.captchaee.impl.siteverify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.captchaee.impl.provider.AnswerMapping;
import org.captchaee.impl.provider.AnswerMappingContract;

/** The siteverify family's published error codes against the contract of every provider's answer mapping. */
class SiteverifyAnswerMappingTest implements AnswerMappingContract<SiteverifyAnswer> {

    @Override
    public AnswerMapping<SiteverifyAnswer> mapping() {
        SiteverifyDialect dialect = SiteverifyDialect.RECAPTCHA;
        return new SiteverifyResults(
                SiteverifyTestSettings.settings(dialect, Map.of(dialect.key("secret"), "s3cr3t")), "");
    }

    @Override
    public List<SiteverifyAnswer> documentedOutages() {
        return List.of(
                failure("internal-error"),
                failure("missing-input-secret"),
                failure("invalid-input-secret"),
                failure("sitekey-secret-mismatch"),
                failure("bad-request"),
                failure("invalid-input-secret", "internal-error"));
    }

    @Override
    public List<SiteverifyAnswer> clientProvokable() {
        return List.of(
                failure("missing-input-response"),
                failure("invalid-input-response"),
                failure("timeout-or-duplicate"),
                failure("already-seen-response"),
                failure("expired-input-response"),
                failure("invalid-or-already-seen-response"),
                // a client's bad token beside our own problem: never an outage
                failure("invalid-input-response", "internal-error"),
                failure());
    }

    @Override
    public List<SiteverifyAnswer> unknownCodes() {
        return List.of(failure("something-new"), failure("something-new", "internal-error"));
    }

    private static SiteverifyAnswer failure(String... codes) {
        return new SiteverifyAnswer(false, List.of(codes), Optional.empty(), Optional.empty(), OptionalDouble.empty());
    }
}
