package org.captchaee.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

/** The siteverify endpoints behind the {@code turnstile} verifier. */
@Path("turnstile")
@RequestScoped
public class TurnstileResource extends PolicyEndpoints {}
