package org.captchaee.it.core;

import static org.captchaee.it.support.DeploymentFailures.assertDeploymentFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;

import jakarta.json.JsonObject;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.AbstractGuardedResource;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.UnmanagedDeployments;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A protected resource method never runs without its captcha check. A resource class that is no CDI bean, where no
 * interceptor can run, fails its deployment, naming the class and the fix.
 *
 * <p>Without a scope a {@code @Path} class is no bean in an archive that discovers annotated classes only on Payara
 * Micro and GlassFish (both run Jersey); WildFly and Open Liberty make every {@code @Path} class a bean, so there it is
 * protected. {@code @Vetoed} keeps a class out of CDI everywhere.
 */
@ExtendWith(ArquillianExtension.class)
class UnprotectedResourceIT {

    private static final String FIX = "give it a scope, e.g. @RequestScoped";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "unscoped", managed = false, testable = false)
    static WebArchive unscoped() {
        return Deployments.war("unscoped")
                .withClasses(UnscopedResource.class)
                .withConfig(ConfigKeys.VERIFIER, "test")
                .withTestMode()
                .build();
    }

    @Deployment(name = "unscoped-inheriting", managed = false, testable = false)
    static WebArchive unscopedInheriting() {
        return Deployments.war("unscoped-inheriting")
                .withClasses(AbstractGuardedResource.class, UnscopedInheritingResource.class)
                .withConfig(ConfigKeys.VERIFIER, "test")
                .withTestMode()
                .build();
    }

    @Deployment(name = "vetoed", managed = false, testable = false)
    static WebArchive vetoed() {
        return Deployments.war("vetoed")
                .withClasses(VetoedResource.class)
                .withConfig(ConfigKeys.VERIFIER, "test")
                .withTestMode()
                .build();
    }

    @Test
    void protectedMethodOfAClassWithoutScope_neverRunsUnprotected() {
        assertFailsOnJersey_protectedElsewhere(
                "unscoped", UnscopedResource.class.getName() + "#call", http -> Http.post(http.request("unscoped")));
    }

    @Test
    void inheritedProtectionOfAClassWithoutScope_neverRunsUnprotected() {
        assertFailsOnJersey_protectedElsewhere(
                "unscoped-inheriting",
                UnscopedInheritingResource.class.getName() + "#get",
                http -> Http.get(http.request("unscoped-inheriting")));
    }

    @Test
    void protectedClassKeptOutOfCdi_failsTheDeployment_orOnLibertyAnswers500_namingTheClassAndTheFix() {
        String method = VetoedResource.class.getName() + "#call";
        if (!"liberty".equals(System.getProperty("arquillian.launch"))) {
            assertDeploymentFails(deployer, "vetoed", method, FIX);
            return;
        }
        // Open Liberty starts the JAX-RS application after the deployment succeeded: the method answers 500 instead
        deployer.deploy("vetoed");
        try (Http http = new Http(UnmanagedDeployments.baseUrl("vetoed"))) {
            // Liberty starts it in the background: a request that comes first starts it, and fails with its start
            Http.get(http.request("events"));
            for (int call = 0; call < 2; call++) {
                Http.Answer answer = Http.post(http.request("vetoed").header("X-Captcha-Token", "pass"));
                assertEquals(500, answer.status(), answer::body);
                assertFalse(answer.body().contains("ran unprotected"), answer::body);
                JsonObject problem = answer.json();
                assertEquals("urn:captcha-ee:problem:captcha_misconfigured", problem.getString("type"));
                assertTrue(problem.getString("detail").contains(method), answer::body);
                assertTrue(problem.getString("detail").contains(FIX), answer::body);
            }
        } finally {
            deployer.undeploy("vetoed");
        }
    }

    private void assertFailsOnJersey_protectedElsewhere(
            String deployment, String method, Function<Http, Http.Answer> callWithoutCaptcha) {
        String server = System.getProperty("arquillian.launch", "");
        if (server.equals("payara") || server.equals("glassfish")) {
            assertDeploymentFails(deployer, deployment, method, FIX);
            return;
        }
        deployer.deploy(deployment);
        try (Http http = new Http(UnmanagedDeployments.baseUrl(deployment))) {
            callWithoutCaptcha.apply(http).assertProblem(403, "captcha_required", 4001, "test");
        } finally {
            deployer.undeploy(deployment);
        }
    }
}
