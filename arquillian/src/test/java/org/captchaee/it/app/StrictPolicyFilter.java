package org.captchaee.it.app;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a strict Content-Security-Policy header with every answer of the WAR: no inline script or style, no
 * {@code blob:} or {@code data:}, nothing from another origin. A header, not a {@code <meta>} element, because a
 * dedicated worker runs under the policy of its own script's answer.
 */
@WebFilter("/*")
public class StrictPolicyFilter implements Filter {

    /** The policy. */
    public static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " worker-src 'self'; base-uri 'none'; form-action 'self'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ((HttpServletResponse) response).setHeader("Content-Security-Policy", POLICY);
        chain.doFilter(request, response);
    }
}
