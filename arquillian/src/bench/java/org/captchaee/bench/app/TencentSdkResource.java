package org.captchaee.bench.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.tencentcloudapi.captcha.v20190722.CaptchaClient;
import com.tencentcloudapi.captcha.v20190722.models.DescribeCaptchaResultRequest;
import com.tencentcloudapi.captcha.v20190722.models.DescribeCaptchaResultResponse;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;

/**
 * The endpoint as the seeds' users write it today: the official Tencent Cloud SDK, its default client settings (only
 * the endpoint points at the stub), the ticket checked in the resource method. The server benchmark runs it against
 * the same hanging provider as the protected endpoints.
 */
@ApplicationScoped
@Path("sdk")
@Produces(MediaType.TEXT_PLAIN)
public class TencentSdkResource {

    @Inject
    @ConfigProperty(name = "captcha.tencent.endpoint")
    String endpoint;

    @Inject
    @ConfigProperty(name = "captcha.tencent.secret-id")
    String secretId;

    @Inject
    @ConfigProperty(name = "captcha.tencent.secret-key")
    String secretKey;

    @Inject
    @ConfigProperty(name = "captcha.tencent.app-id")
    long appId;

    @Inject
    @ConfigProperty(name = "captcha.tencent.app-secret-key")
    String appSecretKey;

    /**
     * Checks the ticket with the SDK, then answers.
     *
     * @param ticket the ticket
     * @param randstr its random string
     * @return 200 {@code ok} when Tencent accepts it, 403 when not, 502 when the call fails
     */
    @GET
    public Response check(@HeaderParam("X-Captcha-Ticket") String ticket, @HeaderParam("X-Captcha-Randstr") String randstr) {
        HttpProfile http = new HttpProfile();
        http.setProtocol(HttpProfile.REQ_HTTP);
        http.setEndpoint(endpoint.substring(endpoint.indexOf("://") + 3));
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        CaptchaClient client = new CaptchaClient(new Credential(secretId, secretKey), "", profile);
        DescribeCaptchaResultRequest request = new DescribeCaptchaResultRequest();
        request.setCaptchaType(9L);
        request.setTicket(ticket);
        request.setRandstr(randstr);
        request.setUserIp("203.0.113.7");
        request.setCaptchaAppId(appId);
        request.setAppSecretKey(appSecretKey);
        try {
            DescribeCaptchaResultResponse answer = client.DescribeCaptchaResult(request);
            return answer.getCaptchaCode() == 1
                    ? Response.ok("ok").build()
                    : Response.status(Response.Status.FORBIDDEN).build();
        } catch (TencentCloudSDKException e) {
            return Response.status(Response.Status.BAD_GATEWAY).build();
        }
    }
}
