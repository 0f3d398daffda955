package org.captchaee.it.support;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployer;

/** Asserts that a deployment fails, and what its failure says. */
public final class DeploymentFailures {

    private DeploymentFailures() {}

    /**
     * Deploys and expects the deployment to fail with every fragment somewhere in its chain of messages.
     *
     * @param deployer the Arquillian deployer
     * @param deployment the name of a deployment that is not managed
     * @param expectedFragments what the messages must contain
     * @return the messages of the failure and its causes, one per line
     */
    public static String assertDeploymentFails(Deployer deployer, String deployment, String... expectedFragments) {
        Throwable failure = assertThrows(Throwable.class, () -> deployer.deploy(deployment));
        String messages = messagesOf(failure);
        for (String fragment : expectedFragments) {
            assertTrue(messages.contains(fragment), () -> "expected '" + fragment + "' in: " + messages);
        }
        return messages;
    }

    private static String messagesOf(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t).append('\n');
        }
        return messages.toString();
    }
}
