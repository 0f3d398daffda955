package org.captchaee.it.support;

import java.net.URL;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** The base of black-box tests of one deployment: an {@link Http} client aimed at it, opened and closed per test. */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedAppIT {

    @ArquillianResource
    private URL base;

    /** The client of the deployment under test. */
    protected Http http;

    @BeforeEach
    void openClient() {
        http = new Http(base);
    }

    @AfterEach
    void closeClient() {
        http.close();
    }
}
