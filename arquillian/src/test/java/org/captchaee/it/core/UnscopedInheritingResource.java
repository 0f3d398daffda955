package org.captchaee.it.core;

import jakarta.ws.rs.Path;

import org.captchaee.it.app.AbstractGuardedResource;

/** Inherits its protection from its superclass but has no scope, so it is no CDI bean: its deployment must fail. */
@Path("unscoped-inheriting")
public class UnscopedInheritingResource extends AbstractGuardedResource {}
