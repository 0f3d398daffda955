package org.captchaee.impl.tencent;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.captchaee.impl.provider.DisasterTicketMode;
import org.captchaee.impl.provider.OutboundProxy;
import org.captchaee.impl.tencent.stub.TencentStub;

/** Settings aimed at a stub. */
final class TencentTestSettings {

    private TencentTestSettings() {}

    static TencentSettings forStub(TencentStub stub, String secretKey, DisasterTicketMode mode, Duration timeout) {
        return new TencentSettings(
                TencentStub.SECRET_ID,
                secretKey,
                TencentStub.APP_ID,
                TencentStub.APP_SECRET_KEY,
                URI.create(stub.endpoint()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                mode,
                Duration.ofMinutes(10),
                "X-Captcha-Ticket",
                "X-Captcha-Randstr",
                timeout,
                OutboundProxy.jvmSettings());
    }

    static TencentSettings forStub(TencentStub stub) {
        return forStub(stub, TencentStub.SECRET_KEY, DisasterTicketMode.DURING_OUTAGE, Duration.ofMillis(1500));
    }
}
