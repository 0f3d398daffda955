package org.captchaee.it.support.arquillian;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.test.spi.event.suite.AfterClass;

/**
 * Stops the Payara Micro instances a test class leaves behind. The Payara Micro adapter starts one JVM per deployment
 * but keeps a handle on the newest only, so a class with several deployments (two nodes sharing a secret) would leave
 * the others running after its last undeploy. Once a class is done, no instance of it is needed any more.
 */
public class LeftoverServerReaper {

    private static final long GRACE_SECONDS = 20;

    // after the undeploys of the class (observers of higher precedence run first)
    public void afterClass(@Observes(precedence = -1000) AfterClass event) throws InterruptedException {
        List<ProcessHandle> leftovers = ProcessHandle.current()
                .descendants()
                .filter(process -> process.info()
                        .commandLine()
                        .filter(command -> command.contains("payara-micro.jar"))
                        .isPresent())
                .toList();
        for (ProcessHandle process : leftovers) {
            System.out.println("Stopping a Payara Micro instance left by "
                    + event.getTestClass().getName() + ": pid " + process.pid());
            process.destroy();
        }
        for (ProcessHandle process : leftovers) {
            CompletableFuture<ProcessHandle> exit = process.onExit();
            try {
                exit.get(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                process.destroyForcibly();
            }
        }
    }
}
