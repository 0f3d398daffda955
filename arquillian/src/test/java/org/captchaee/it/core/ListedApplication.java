package org.captchaee.it.core;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.captchaee.it.app.EventsResource;
import org.captchaee.it.app.GuardedResource;
import org.captchaee.it.app.RetriedResource;
import org.captchaee.jaxrs.CaptchaFeature;

/** An application that lists its classes, which turns JAX-RS scanning off: it needs the one-line CaptchaFeature. */
@ApplicationPath("api")
public class ListedApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(GuardedResource.class, RetriedResource.class, EventsResource.class, CaptchaFeature.class);
    }
}
