package org.captchaee.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

/** The siteverify endpoints behind the {@code recaptcha} verifier. */
@Path("recaptcha")
@RequestScoped
public class RecaptchaResource extends PolicyEndpoints {}
