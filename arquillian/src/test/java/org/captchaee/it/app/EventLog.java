package org.captchaee.it.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.captchaee.CaptchaEvent;

/** Records every captcha event, as an application's audit would. */
@ApplicationScoped
public class EventLog {

    private final List<CaptchaEvent> events = new CopyOnWriteArrayList<>();

    void record(@Observes CaptchaEvent event) {
        events.add(event);
    }

    List<CaptchaEvent> events() {
        return events;
    }
}
