package org.captchaee.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.captchaee.OutagePolicy;
import org.captchaee.RequiresCaptcha;

/** An endpoint guarded by Alibaba Cloud Captcha 1.0 alone, for sites that have not started their migration. */
@Path("aliyun-v1")
@RequestScoped
public class AliyunV1Resource {

    @POST
    @RequiresCaptcha(verifier = "aliyun-v1", onOutage = OutagePolicy.ALLOW)
    public String guarded() {
        return "ran";
    }
}
