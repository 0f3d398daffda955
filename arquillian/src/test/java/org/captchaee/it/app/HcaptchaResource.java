package org.captchaee.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

/** The siteverify endpoints behind the {@code hcaptcha} verifier. */
@Path("hcaptcha")
@RequestScoped
public class HcaptchaResource extends PolicyEndpoints {}
