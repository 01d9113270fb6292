package com.socialitsm.devhost.http;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * A handler in front of another ({@link Authenticating}'s gate, {@link BodyFirst}'s wait for the body): it serves
 * each request its own way and passes the wrapped handler's lifecycle (start, destroy) through, so that Jersey's
 * container starts and stops behind any number of wrappers.
 */
final class DelegatingHandler extends HttpHandler {

    /** How the wrapper serves a request, given the handler it wraps. */
    @FunctionalInterface
    interface Serving {
        void serve(HttpHandler delegate, Request request, Response response) throws Exception;
    }

    private final HttpHandler delegate;
    private final Serving serving;

    private DelegatingHandler(HttpHandler delegate, Serving serving) {
        super(delegate.getName());
        this.delegate = delegate;
        this.serving = serving;
    }

    static HttpHandler around(HttpHandler delegate, Serving serving) {
        return new DelegatingHandler(delegate, serving);
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        serving.serve(delegate, request, response);
    }

    @Override
    public void start() {
        delegate.start();
    }

    @Override
    public void destroy() {
        delegate.destroy();
    }
}
