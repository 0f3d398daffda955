package org.captchaee.it;

import static org.captchaee.it.support.DeploymentFailures.assertDeploymentFails;

import org.captchaee.it.app.AbstractGuardedResource;
import org.captchaee.it.app.UnscopedInheritingResource;
import org.captchaee.it.app.UnscopedResource;
import org.captchaee.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A protected resource that is no CDI bean would run without its captcha: its deployment fails instead, naming the
 * class and the fix.
 */
@ExtendWith(ArquillianExtension.class)
class UnprotectedResourceIT {

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "unscoped", managed = false, testable = false)
    static WebArchive unscoped() {
        return Deployments.war("unscoped")
                .withClasses(UnscopedResource.class)
                .withConfig("captcha.verifier", "test")
                .build();
    }

    @Deployment(name = "unscoped-inheriting", managed = false, testable = false)
    static WebArchive unscopedInheriting() {
        return Deployments.war("unscoped-inheriting")
                .withClasses(AbstractGuardedResource.class, UnscopedInheritingResource.class)
                .withConfig("captcha.verifier", "test")
                .build();
    }

    @Test
    void protectedMethodOfAClassThatIsNoBean_failsTheDeployment_namingTheClassAndTheFix() {
        assertDeploymentFails(deployer, "unscoped", UnscopedResource.class.getName() + "#call", "@RequestScoped");
    }

    @Test
    void inheritedProtectionOfAClassThatIsNoBean_failsTheDeployment_namingTheClassAndTheFix() {
        assertDeploymentFails(
                deployer, "unscoped-inheriting", UnscopedInheritingResource.class.getName() + "#get", "@RequestScoped");
    }
}
