package org.captchaee.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

/** Protected only through what it inherits. */
@Path("inheriting")
@RequestScoped
public class InheritingResource extends AbstractGuardedResource {}
