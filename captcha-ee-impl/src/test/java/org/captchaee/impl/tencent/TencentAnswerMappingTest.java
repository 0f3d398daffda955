package org.captchaee.impl.tencent;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.captchaee.impl.provider.AnswerMapping;
import org.captchaee.impl.provider.AnswerMappingContract;

/** Tencent's published codes against the contract of every provider's answer mapping. */
class TencentAnswerMappingTest implements AnswerMappingContract<TencentAnswer> {

    @Override
    public AnswerMapping<TencentAnswer> mapping() {
        return TencentResults.ANSWERS;
    }

    @Override
    public List<TencentAnswer> documentedOutages() {
        return Stream.concat(
                        Stream.of(TencentAnswer.code(26, null)),
                        Stream.of(
                                        "InternalError",
                                        "ServiceUnavailable",
                                        "FailedOperation",
                                        "ResourceUnavailable",
                                        "RequestLimitExceeded",
                                        "RequestLimitExceeded.IPLimitExceeded",
                                        "RequestLimitExceeded.UinLimitExceeded",
                                        "AuthFailure.SignatureFailure",
                                        "AuthFailure.SignatureExpire",
                                        "AuthFailure.SecretIdNotFound",
                                        "UnauthorizedOperation.ErrAuth",
                                        "UnauthorizedOperation.Unauthorized",
                                        "LimitExceeded")
                                .map(TencentAnswer::error))
                .toList();
    }

    @Override
    public List<TencentAnswer> clientProvokable() {
        // every CaptchaCode but the pass and "system busy", old lists included, and the errors of a malformed ticket
        return Stream.concat(
                        IntStream.of(
                                        0, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 100,
                                        104)
                                .mapToObj(code -> TencentAnswer.code(code, null)),
                        Stream.of("InvalidParameter", "InvalidParameterValue", "MissingParameter", "UnknownParameter")
                                .map(TencentAnswer::error))
                .toList();
    }

    @Override
    public List<TencentAnswer> unknownCodes() {
        return List.of(TencentAnswer.code(999, null), TencentAnswer.error("SomethingNew"));
    }
}
