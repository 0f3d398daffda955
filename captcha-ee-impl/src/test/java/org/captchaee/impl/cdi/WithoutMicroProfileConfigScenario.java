package org.captchaee.impl.cdi;

import java.util.function.Supplier;

import org.captchaee.impl.CaptchaExtension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Deploys a protected bean where MicroProfile Config is missing; {@link WithoutMicroProfileConfigTest} runs it in a
 * class loader without the Config jars and reads what the failed deployment said.
 */
public final class WithoutMicroProfileConfigScenario implements Supplier<String> {

    @Override
    public String get() {
        try (WeldContainer container = new Weld("captcha-ee-without-config")
                .disableDiscovery()
                .addExtension(new CaptchaExtension())
                .addBeanClasses(GuardedBean.class)
                .initialize()) {
            return "deployed " + container.getId();
        } catch (RuntimeException e) {
            StringBuilder text = new StringBuilder();
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                text.append(cause).append('\n');
            }
            return text.toString();
        }
    }
}
