package org.captchaee.impl.rest;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;

import org.captchaee.impl.runtime.RuntimeRegistry;

/**
 * Puts the library's endpoints at {@code captcha.endpoints.path}: a request under that path is routed to the endpoints
 * resource, whose own path is internal, and a request to the internal path itself finds nothing.
 */
@Provider
@PreMatching
@ApplicationScoped
public class EndpointPathFilter implements ContainerRequestFilter {

    /** The endpoints resource's own path, which requests reach only through this filter. */
    public static final String INTERNAL_PATH = "org.captchaee.endpoints";

    /** The request property that marks a request routed here. */
    public static final String ROUTED = EndpointPathFilter.class.getName() + ".routed";

    @Inject
    RuntimeRegistry registry;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/+", "");
        String base = registry.runtime().settings().endpointsPath();
        if (path.equals(base) || path.startsWith(base + "/")) {
            String rest = path.substring(base.length());
            URI routed = UriBuilder.fromUri(request.getUriInfo().getBaseUri())
                    .path(INTERNAL_PATH + rest)
                    .replaceQuery(request.getUriInfo().getRequestUri().getRawQuery())
                    .build();
            request.setProperty(ROUTED, Boolean.TRUE);
            request.setRequestUri(routed);
        } else if (path.equals(INTERNAL_PATH) || path.startsWith(INTERNAL_PATH + "/")) {
            request.abortWith(Response.status(Response.Status.NOT_FOUND).build());
        }
    }
}
