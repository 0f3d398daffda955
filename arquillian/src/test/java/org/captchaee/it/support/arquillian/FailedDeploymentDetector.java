package org.captchaee.it.support.arquillian;

import java.util.List;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;

/**
 * Makes every failed deployment fail the same way on every server: a {@link DeploymentException} whose message holds
 * the server's own explanation.
 *
 * <ul>
 * <li>Payara Micro reports a failed deployment only in its log and then answers 404 to every request: the failure is
 * found in the log the adapter relays, and raised.</li>
 * <li>Open Liberty raises the failure, but its message stops at the first line: the server log is appended.</li>
 * <li>GlassFish raises the failure with its admin command's message: the server log is appended.</li>
 * </ul>
 */
public class FailedDeploymentDetector {

    private static final List<String> PAYARA_FAILURE_MARKERS =
            List.of("Exception while loading the app", "Exception during lifecycle processing");
    private static final int MAX_REPORTED_CHARS = 16_000;

    public void aroundDeploy(@Observes EventContext<DeployDeployment> context) throws DeploymentException {
        DeployableContainer<?> container = context.getEvent().getDeployableContainer();
        String deployment = context.getEvent().getDeployment().getDescription().getName();
        ServerLog log = ServerLog.of(container.getClass().getName());
        long mark = log.mark();
        try {
            context.proceed();
        } catch (Exception e) {
            // checked DeploymentExceptions of the adapters pass through proceed() undeclared
            throw new DeploymentException(explain(deployment, log.since(mark), e), e);
        }
        String output = log.since(mark);
        if (log != ServerLog.NONE && PAYARA_FAILURE_MARKERS.stream().anyMatch(output::contains)) {
            // stop the instance that now serves nothing, then fail as the other servers do
            container.undeploy(
                    context.getEvent().getDeployment().getDescription().getArchive());
            throw new DeploymentException(explain(deployment, output, null));
        }
    }

    private static String explain(String deployment, String serverLog, Exception failure) {
        String lines = serverLog
                .lines()
                .filter(line -> line.contains("ERROR") || line.contains("SEVERE") || line.contains("Exception"))
                .collect(Collectors.joining("\n"));
        if (lines.length() > MAX_REPORTED_CHARS) {
            lines = lines.substring(0, MAX_REPORTED_CHARS);
        }
        return "Deployment " + deployment + " failed" + (failure == null ? "" : ": " + failure.getMessage())
                + "\nServer log:\n" + lines;
    }
}
