package org.captchaee.impl.cdi;

import jakarta.enterprise.context.ApplicationScoped;

import org.captchaee.RequiresCaptcha;

/** An application bean with one protected method and one that is not, as an application would write them. */
@ApplicationScoped
public class GuardedBean {

    private int runs;

    /**
     * A protected call.
     *
     * @return how many protected calls ran
     */
    @RequiresCaptcha(scene = "login")
    public int login() {
        return ++runs;
    }

    /**
     * A call nobody protects.
     *
     * @return {@code "open"}
     */
    public String open() {
        return "open";
    }
}
