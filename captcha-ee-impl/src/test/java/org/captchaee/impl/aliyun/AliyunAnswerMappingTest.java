package org.captchaee.impl.aliyun;

import java.util.List;
import java.util.stream.Stream;

import org.captchaee.impl.provider.AnswerMapping;
import org.captchaee.impl.provider.AnswerMappingContract;

/** Alibaba Cloud's published codes (Captcha 2.0 and 1.0) against the contract of every provider's answer mapping. */
class AliyunAnswerMappingTest implements AnswerMappingContract<AliyunAnswer> {

    @Override
    public AnswerMapping<AliyunAnswer> mapping() {
        return AliyunResults.ANSWERS;
    }

    @Override
    public List<AliyunAnswer> documentedOutages() {
        return List.of(
                AliyunAnswer.error(500, "InternalError"),
                AliyunAnswer.error(503, "ServiceUnavailable"),
                AliyunAnswer.error(400, "Throttling.User"),
                AliyunAnswer.error(503, "Throttling"),
                AliyunAnswer.error(404, "InvalidAccessKeyId.NotFound"),
                AliyunAnswer.error(400, "InvalidTimeStamp.Expired"),
                AliyunAnswer.error(400, "SignatureDoesNotMatch"),
                AliyunAnswer.error(403, "Forbidden.RAM"),
                AliyunAnswer.result("500", false, "system error"));
    }

    @Override
    public List<AliyunAnswer> clientProvokable() {
        // the failing VerifyCodes a client's token can cause, the 1.0 failures, and a client's bad parameter
        return Stream.concat(
                        Stream.of(
                                        "F001", "F002", "F003", "F007", "F008", "F009", "F010", "F011", "F013", "F014",
                                        "F015", "F017", "F018", "F019", "F023", "F024")
                                .map(code -> AliyunAnswer.result(code, false, "")),
                        Stream.of(
                                AliyunAnswer.result("900", false, "sig check failed"),
                                AliyunAnswer.result("400", false, "bad parameter"),
                                AliyunAnswer.error(400, "InvalidParameter"),
                                AliyunAnswer.error(400, "MissingParameter")))
                .toList();
    }

    @Override
    public List<AliyunAnswer> unknownCodes() {
        return List.of(
                AliyunAnswer.result("F999", false, ""),
                AliyunAnswer.result("X001", true, ""),
                AliyunAnswer.error(400, "SomethingNew"));
    }
}
