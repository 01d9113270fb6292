package com.socialitsm.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every REST answer carries {@code Cache-Control: no-store}, errors included: they hold what one viewer may see (a
 * feed, a profile, a ledger), which no shared cache or browser history should keep, as the pages already do.
 */
@Provider
public final class NoStore implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }
}
