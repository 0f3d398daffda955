package org.captchaee.it.support;

import java.net.URL;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of black-box tests of one deployment: an {@link Http} client aimed at it, opened and closed per test. Before
 * the first test of a deployment it waits until the deployment answers (see {@link Http#awaitDeployment}).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedAppIT {

    /** The deployments known to answer; each is awaited before its first test. */
    private static final Set<String> READY = ConcurrentHashMap.newKeySet();

    private static final Duration READY_WITHIN = TimeScale.of(Duration.ofSeconds(20));

    @ArquillianResource
    private URL base;

    /** The client of the deployment under test. */
    protected Http http;

    @BeforeEach
    void openClient() {
        URL deployment = ContextRoots.complete(base, getClass());
        http = new Http(deployment);
        if (READY.add(deployment.toExternalForm())) {
            http.awaitDeployment(READY_WITHIN);
        }
    }

    @AfterEach
    void closeClient() {
        http.close();
    }
}
