package org.captchaee.it.core;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

import org.captchaee.it.app.AbstractGuardedResource;

/** Protected only through what it inherits. */
@Path("inheriting")
@RequestScoped
public class InheritingResource extends AbstractGuardedResource {}
