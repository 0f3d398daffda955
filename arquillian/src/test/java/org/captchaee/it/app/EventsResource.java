package org.captchaee.it.app;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.captchaee.CaptchaEvent;

/** {@code GET /api/events}: how many captcha events were fired, and the last one, for the tests to inspect. */
@Path("events")
@RequestScoped
public class EventsResource {

    @Inject
    EventLog log;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String events() {
        List<CaptchaEvent> events = log.events();
        JsonObjectBuilder body = Json.createObjectBuilder().add("count", events.size());
        if (!events.isEmpty()) {
            CaptchaEvent last = events.get(events.size() - 1);
            body.add(
                    "last",
                    Json.createObjectBuilder()
                            .add("verifier", last.verifier())
                            .add("scene", last.scene())
                            .add("outcome", last.outcome().name())
                            .add("reason", last.reason().code())
                            .add("providerCode", last.providerCode().orElse(""))
                            .add("degraded", last.degraded())
                            .add("clientIp", last.clientIp())
                            .add("method", last.resourceMethod().getName())
                            .add("latencyNanos", last.latency().toNanos()));
        }
        return body.build().toString();
    }
}
