package org.captchaee.impl.cdi;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;

import org.captchaee.RequiresCaptcha;

/** A protected method on a passivating bean: its interceptors must be serializable as the bean is. */
@SessionScoped
public class SessionGuardedBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A protected call.
     *
     * @return {@code "done"}
     */
    @RequiresCaptcha(scene = "checkout")
    public String checkout() {
        return "done";
    }
}
