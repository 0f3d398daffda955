package org.captchaee.it.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST root of every test deployment; classes and the library's providers are found by scanning. */
@ApplicationPath("api")
public class TestApplication extends Application {}
