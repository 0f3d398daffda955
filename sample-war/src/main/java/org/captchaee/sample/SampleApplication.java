package org.captchaee.sample;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The sample's REST API lives under {@code /api}; resources and the library's providers are found by scanning. */
@ApplicationPath("api")
public class SampleApplication extends Application {}
