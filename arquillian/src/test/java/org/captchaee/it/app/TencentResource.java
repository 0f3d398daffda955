package org.captchaee.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

/** The endpoints behind the Tencent verifier (the deployment's default), one per outage policy. */
@Path("tencent")
@RequestScoped
public class TencentResource extends PolicyEndpoints {}
