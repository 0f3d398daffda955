package org.captchaee.sample;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.captchaee.CaptchaKey;
import org.captchaee.RequiresCaptcha;

/**
 * {@code POST /api/sms-code}: sending a login code by SMS costs money, so beyond 3 codes an hour per client IP or per
 * phone number, a captcha is required.
 */
@Path("sms-code")
@RequestScoped
public class SmsCodeResource {

    /**
     * Pretends to send a one-time code by SMS.
     *
     * @param body the JSON body {@code {"phone": "+8613800138000"}}
     * @return 202 with the masked number, or 400 for a number that is not in international format
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresCaptcha(scene = "sms", afterRequests = 3, requestWindowSeconds = 3600)
    public Response send(@CaptchaKey("phone") String body) {
        PhoneNumber number = JsonBodies.read(body, PhoneNumber.class);
        if (number.phone == null || !number.phone.matches("\\+[1-9]\\d{6,14}")) {
            return SampleProblems.of(
                    400, "Send a JSON body with a phone number in international format, such as" + " +8613800138000.");
        }
        String masked = number.phone.substring(0, 3) + "****" + number.phone.substring(number.phone.length() - 4);
        String receipt = Json.createObjectBuilder()
                .add("sent_to", masked)
                .add("message", "A code was sent (not really: this is a sample).")
                .build()
                .toString();
        return Response.accepted(receipt).type(MediaType.APPLICATION_JSON).build();
    }
}
