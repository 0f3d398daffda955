package org.captchaee.impl.aliyun;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.captchaee.impl.provider.ProviderConnection;

/**
 * One Captcha 1.0 {@code AuthenticateSig} call (afs, version 2018-01-12) over HTTP, signed with the RPC HMAC-SHA1
 * signature. Every parameter, the signature included, travels in a form body rather than the query string the old SDK
 * uses, so that tickets and signatures stay out of the access logs of proxies; the signature covers them the same way.
 * Failures that mean an outage are thrown; everything else is returned for {@link AliyunResults}.
 */
final class AuthenticateSigApi {

    static final String ACTION = "AuthenticateSig";
    static final String VERSION = "2018-01-12";
    private static final String METHOD = "POST";
    private static final int PASS = 100;
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    private final AliyunV1Settings settings;
    private final RpcSigner signer;
    private final ProviderConnection connection;

    AuthenticateSigApi(AliyunV1Settings settings, Clock clock) {
        this.settings = settings;
        this.signer = new RpcSigner(
                settings.credentials().accessKeyId(), settings.credentials().accessKeySecret());
        this.connection = new ProviderConnection("Alibaba Cloud", settings, clock);
    }

    AliyunAnswer authenticate(SigTicket ticket) {
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("SessionId", ticket.sessionId());
        parameters.put("Sig", ticket.sig());
        parameters.put("Token", ticket.token());
        parameters.put("Scene", settings.scene());
        parameters.put("AppKey", settings.appKey());
        parameters.put("RemoteIp", ticket.remoteIp());
        String form = RpcSigner.query(
                signer.sign(METHOD, ACTION, VERSION, parameters, connection.now(), AliyunEncoding.newNonce()));
        HttpRequest request = connection
                .request()
                .header("Content-Type", Acs3Request.FORM)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        return parse(connection.http().send(request));
    }

    private AliyunAnswer parse(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return GatewayErrors.read(connection.http(), response);
        }
        JsonObject body = connection.http().jsonObject(response.body());
        String message = body.get("Msg") instanceof JsonString msg ? msg.getString() : "";
        if (body.get("Code") instanceof JsonNumber code && code.isIntegral()) {
            return AliyunAnswer.result(code.toString(), code.intValue() == PASS, message);
        }
        if (body.get("Code") instanceof JsonString code
                && NUMBER.matcher(code.getString()).matches()) {
            // the API reference types Code as a string, the service sends a number: both are read
            return AliyunAnswer.result(code.getString(), Integer.toString(PASS).equals(code.getString()), message);
        }
        if (body.get("Code") instanceof JsonString code && !code.getString().isEmpty()) {
            return AliyunAnswer.error(200, code.getString());
        }
        throw connection.http().notTheProtocol();
    }
}
