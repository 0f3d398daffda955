package org.captchaee.it.support.arquillian;

import java.util.List;
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

    /** The adapter's own undeploy only signals its instance; it exits within a few seconds. */
    private static final long EXIT_SECONDS = 15;

    // after the undeploys of the class (observers of higher precedence run first)
    public void afterClass(@Observes(precedence = -1000) AfterClass event) {
        List<ProcessHandle> running = ProcessHandle.current()
                .descendants()
                .filter(process -> process.info()
                        .commandLine()
                        .filter(command -> command.contains("payara-micro.jar"))
                        .isPresent())
                .toList();
        List<ProcessHandle> leftovers =
                running.stream().filter(process -> !exits(process)).toList();
        for (ProcessHandle process : leftovers) {
            System.out.println("Stopping a Payara Micro instance left by "
                    + event.getTestClass().getName() + ": pid " + process.pid());
            process.destroy();
        }
        leftovers.stream().filter(process -> !exits(process)).forEach(ProcessHandle::destroyForcibly);
    }

    private static boolean exits(ProcessHandle process) {
        try {
            process.onExit().get(EXIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
