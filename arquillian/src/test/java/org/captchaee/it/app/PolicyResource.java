package org.captchaee.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

/** The endpoints behind the deployment's default verifier (a cloud provider), one per outage policy. */
@Path("policy")
@RequestScoped
public class PolicyResource extends PolicyEndpoints {}
