package org.captchaee.impl;

import java.util.function.Supplier;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;

import org.captchaee.CaptchaEvent;

/**
 * Fires the {@link CaptchaEvent} of each checked call, or, when nothing observes it synchronously (no application
 * observer, no metrics backend), does not even make it. Observers are fixed once the application deployed, so they are
 * resolved once, with the first event.
 */
final class CallEvents {

    private final Event<CaptchaEvent> events;
    private final BeanManager beans;
    private volatile Boolean observed;

    /**
     * Creates the publisher.
     *
     * @param events where the events go
     * @param beans resolves their observers
     */
    CallEvents(Event<CaptchaEvent> events, BeanManager beans) {
        this.events = events;
        this.beans = beans;
    }

    /**
     * Fires an event if anything observes it.
     *
     * @param event makes the event
     */
    void fire(Supplier<CaptchaEvent> event) {
        Boolean known = observed;
        if (Boolean.FALSE.equals(known)) {
            return;
        }
        CaptchaEvent made = event.get();
        if (known == null) {
            known = beans.resolveObserverMethods(made).stream().anyMatch(observer -> !observer.isAsync());
            observed = known;
        }
        if (known) {
            events.fire(made);
        }
    }
}
