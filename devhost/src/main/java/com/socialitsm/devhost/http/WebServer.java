package com.socialitsm.devhost.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainerProvider;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.socialitsm.app.PortalApp;
import com.socialitsm.app.SocialApp;
import com.socialitsm.devhost.page.PageRenderer;
import com.socialitsm.devhost.page.StaticAssets;
import com.socialitsm.devhost.tracker.DemoTracker;
import com.socialitsm.devhost.tracker.LoginSessions;
import com.socialitsm.devhost.tracker.PortalCustomers;
import com.socialitsm.devhost.tracker.TrackerIssueCreation;
import com.socialitsm.hashtag.BackfillJob;
import com.socialitsm.hashtag.LabelImportJob;
import com.socialitsm.web.page.PageSubjects;
import com.socialitsm.web.rest.JsonMapping;
import com.socialitsm.web.rest.SocialResources;

/**
 * The devhost's HTTP server: Grizzly bound to one address, with
 * <ul>
 * <li>{@code /rest/social/1.0} — the app's JAX-RS resources ({@link SocialResources}) in Jersey;</li>
 * <li>{@code /rest/api/2} — the demo tracker's Jira REST subset;</li>
 * <li>{@code /rest/servicedeskapi} — JSM's customer REST subset ({@link ServiceDeskApiHandler});</li>
 * <li>{@code /s/<version>/} — static files (the web module's JS/CSS, AUI);</li>
 * <li>{@code /} — pages, login and {@code /status};</li>
 * </ul>
 * each behind the same {@link Authenticating} gate, and each with its request's body read before it runs
 * ({@link BodyFirst}).
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    public static final String REST_PATH = "/rest/social/1.0";
    private static final int WORKER_THREADS = 32;
    private static final long GRACE_SECONDS = 10;

    private final HttpServer server;
    private final NetworkListener listener;

    private WebServer(HttpServer server, NetworkListener listener) {
        this.server = server;
        this.listener = listener;
    }

    /** What the server serves. */
    public record Setup(String bindAddress, int port, SocialApp app, DemoTracker tracker, LoginSessions sessions,
                        Clock clock, SecureRandom random, LabelImportJob labelImport, BackfillJob backfill,
                        Duration bodyTimeout) {
    }

    public static WebServer start(Setup setup) {
        RequestUser requestUser = new RequestUser();
        Answers answers = new Answers(JsonMapping.createMapper());
        Authenticating gate = new Authenticating(setup.tracker(), setup.sessions(), requestUser, answers,
                setup.clock());
        BodyFirst bodyFirst = new BodyFirst(setup.bodyTimeout(), answers);
        StaticAssets assets = new StaticAssets(WebServer.class.getClassLoader(),
                Long.toString(System.currentTimeMillis(), 36));
        if (!assets.auiAvailable()) {
            LOG.warn("AUI is not in the jar (npm was missing at build time): pages use the devhost's plain styling.");
        }

        ResourceConfig rest = new ResourceConfig();
        PortalApp portal = new PortalApp(setup.app(), new PortalCustomers(setup.app().issues(), setup.app().access()));
        SocialResources.all(setup.app(), requestUser, Optional.of(new TrackerIssueCreation(setup.tracker())),
                setup.labelImport(), setup.backfill(), portal).forEach(rest::register);
        SocialResources.providers().forEach(rest::register);
        rest.register(JacksonFeature.class);
        rest.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        rest.property(ServerProperties.BV_FEATURE_DISABLE, true);
        GrizzlyHttpContainer jersey = new GrizzlyHttpContainerProvider().createContainer(GrizzlyHttpContainer.class, rest);

        HttpServer server = new HttpServer();
        NetworkListener listener = new NetworkListener("devhost", setup.bindAddress(), setup.port());
        listener.getTransport().setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig()
                .setPoolName("devhost-worker").setCorePoolSize(WORKER_THREADS).setMaxPoolSize(WORKER_THREADS));
        listener.registerAddOn(new IgnoreCleartextHttp2Upgrade());
        listener.registerAddOn(new RejectUndecodablePaths(answers.mapper()));
        server.addListener(listener);
        ServerConfiguration config = server.getServerConfiguration();
        config.setJmxEnabled(false);
        config.setHttpServerName("Social ITSM devhost");
        config.setHttpServerVersion("");
        config.setDefaultQueryEncoding(StandardCharsets.UTF_8);
        config.addHttpHandler(bodyFirst.wrap(gate.wrap(jersey)), context(REST_PATH));
        config.addHttpHandler(bodyFirst.wrap(gate.wrap(new JiraRestHandler(setup.tracker(), requestUser, answers))),
                context("/rest/api/2"));
        PortalAccess portalAccess = new PortalAccess(setup.tracker(), portal.portals());
        config.addHttpHandler(bodyFirst.wrap(gate.wrap(new ServiceDeskApiHandler(setup.tracker(), portalAccess,
                requestUser, answers))), context("/rest/servicedeskapi"));
        config.addHttpHandler(bodyFirst.wrap(gate.wrap(new StaticHandler(assets, answers))), context("/s"));
        config.addHttpHandler(bodyFirst.wrap(gate.wrap(new PagesHandler(setup.tracker(), setup.sessions(), gate,
                new PageRenderer(), assets, answers, requestUser, setup.clock(), setup.random(),
                new PageSubjects(setup.app().questions(), setup.app().users(), setup.app().polls()),
                portal.portals()))), context(""));
        try {
            server.start();
        } catch (IOException e) {
            server.shutdownNow();
            throw new UncheckedIOException("Cannot listen on " + setup.bindAddress() + ":" + setup.port()
                    + " (" + e.getMessage() + ")", e);
        }
        return new WebServer(server, listener);
    }

    /** Everything below the path, with the path as the request's context path (what Jersey takes as its base). */
    private static HttpHandlerRegistration context(String path) {
        return HttpHandlerRegistration.builder().contextPath(path).urlPattern("/").build();
    }

    /** The port listened on (the one chosen by the system when 0 was asked for). */
    public int port() {
        return listener.getPort();
    }

    public String host() {
        return listener.getHost();
    }

    /** Stops accepting connections, lets requests in flight finish (up to 10 s), then stops. */
    @Override
    public void close() {
        try {
            server.shutdown(GRACE_SECONDS, TimeUnit.SECONDS).get(GRACE_SECONDS + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Graceful shutdown did not complete: {}", e.toString());
        } finally {
            server.shutdownNow();
        }
    }
}
