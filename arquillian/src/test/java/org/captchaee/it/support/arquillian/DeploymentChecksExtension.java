package org.captchaee.it.support.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers the test suite's own Arquillian observers: failed-deployment reports and leftover-server cleanup. */
public class DeploymentChecksExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(FailedDeploymentDetector.class);
        builder.observer(LeftoverServerReaper.class);
    }
}
