package org.captchaee.impl.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.captchaee.RequiresCaptcha;

/** A login an application would write, that asks for a captcha only after three failed calls. */
@ApplicationScoped
public class AdaptiveLoginBean {

    /** The one password that logs in. */
    static final String PASSWORD = "wonderland";

    private int runs;

    /**
     * Logs in.
     *
     * @param password the password sent
     * @return 200 for the right password, 401 otherwise
     */
    @RequiresCaptcha(afterFailures = 3)
    public Response login(String password) {
        runs++;
        return PASSWORD.equals(password)
                ? Response.ok().build()
                : Response.status(401).build();
    }

    /**
     * How many calls ran the method.
     *
     * @return the count
     */
    public int runs() {
        return runs;
    }
}
