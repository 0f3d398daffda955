package org.captchaee.impl.cdi;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.captchaee.CaptchaEvent;

/** Observes the audit events, as an application would, and keeps them in order. */
@ApplicationScoped
public class RecordedEvents {

    private final List<CaptchaEvent> events = new CopyOnWriteArrayList<>();

    void observe(@Observes CaptchaEvent event) {
        events.add(event);
    }

    /**
     * The events observed so far.
     *
     * @return them, oldest first
     */
    public List<CaptchaEvent> events() {
        return List.copyOf(events);
    }
}
