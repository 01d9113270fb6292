package com.socialitsm.web.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;

import com.socialitsm.app.SocialApp;
import com.socialitsm.web.CurrentUser;
import com.socialitsm.web.rest.SocialResources;

/**
 * The app's REST resources ({@link SocialResources#all}) served over real HTTP on 127.0.0.1 by Grizzly, with HTTP
 * basic auth (password = user name, users known to the app's user directory), as the devhost serves them. For tests
 * that must see what a client sees: status codes, headers, bodies, filters.
 */
public final class RestServer implements AutoCloseable {
    private final ThreadLocal<String> caller = new ThreadLocal<>();
    private final HttpServer server;
    private final URI base;

    public RestServer(SocialApp app) {
        this(app, app.labelImport(com.socialitsm.host.LabeledIssues.NONE, Runnable::run));
    }

    /** With the host's labels-to-hashtags import job. */
    public RestServer(SocialApp app, com.socialitsm.hashtag.LabelImportJob labelImport) {
        this(app, labelImport, app.backfill(com.socialitsm.host.HistoricIssues.NONE, Runnable::run));
    }

    /** With the host's labels-to-hashtags import job and its "tag existing issues" job. */
    public RestServer(SocialApp app, com.socialitsm.hashtag.LabelImportJob labelImport,
                      com.socialitsm.hashtag.BackfillJob backfill) {
        this(app, labelImport, backfill, Optional.empty());
    }

    /** With the host's issue creation (raise an issue or a problem). */
    public RestServer(SocialApp app, Optional<com.socialitsm.host.IssueCreation> issueCreation) {
        this(app, app.labelImport(com.socialitsm.host.LabeledIssues.NONE, Runnable::run),
                app.backfill(com.socialitsm.host.HistoricIssues.NONE, Runnable::run), issueCreation);
    }

    private RestServer(SocialApp app, com.socialitsm.hashtag.LabelImportJob labelImport,
                       com.socialitsm.hashtag.BackfillJob backfill,
                       Optional<com.socialitsm.host.IssueCreation> issueCreation) {
        CurrentUser currentUser = () -> Optional.ofNullable(caller.get());
        ResourceConfig config = new ResourceConfig();
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new BasicAuth(app));
        config.registerInstances(SocialResources.all(app, currentUser, issueCreation, labelImport, backfill).toArray());
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/rest/social/1.0/"), config,
                true);
        int port = server.getListener("grizzly").getPort();
        base = URI.create("http://127.0.0.1:" + port + "/rest/social/1.0/");
    }

    /** {@code http://127.0.0.1:<port>/rest/social/1.0/} */
    public URI base() {
        return base;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }

    @PreMatching
    @Priority(Priorities.AUTHENTICATION)
    final class BasicAuth implements ContainerRequestFilter, ContainerResponseFilter {
        private final SocialApp app;

        BasicAuth(SocialApp app) {
            this.app = app;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            caller.remove();
            String header = request.getHeaderString("Authorization");
            if (header == null || !header.startsWith("Basic ")) {
                return;
            }
            try {
                String[] pair = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8).split(":", 2);
                if (pair.length == 2 && pair[0].equals(pair[1]) && app.users().byKeyOrName(pair[0]).isPresent()) {
                    caller.set(pair[0]);
                }
            } catch (IllegalArgumentException e) {
                // not base64: anonymous
            }
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            caller.remove();
        }
    }
}
