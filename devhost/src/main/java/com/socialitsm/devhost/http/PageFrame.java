package com.socialitsm.devhost.http;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import com.socialitsm.devhost.page.Dates;
import com.socialitsm.devhost.page.PageRenderer;
import com.socialitsm.devhost.page.PageViews;
import com.socialitsm.devhost.page.StaticAssets;
import com.socialitsm.devhost.tracker.LoginSessions;
import com.socialitsm.devhost.tracker.PortalCustomers;
import com.socialitsm.devhost.tracker.TrackerUser;
import com.socialitsm.web.page.FrontEndLimits;
import com.socialitsm.web.page.I18nBundle;
import com.socialitsm.web.page.SocialPage;

/**
 * What every devhost page shares: the frame ({@code templates/devhost/frame.vm}) around a content template, its
 * model (language, navigation, the session's XSRF token, a fresh script nonce), the headers a page is sent with
 * (CSP, framing, referrer) and the error page.
 */
final class PageFrame {
    private static final String FRAME = "templates/devhost/frame.vm";

    private final PageRenderer renderer;
    private final StaticAssets assets;
    private final Answers answers;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, I18nBundle> bundles = new ConcurrentHashMap<>();
    private final PageViews.Tools tools = new PageViews.Tools();

    PageFrame(PageRenderer renderer, StaticAssets assets, Answers answers, Clock clock, SecureRandom random) {
        this.renderer = renderer;
        this.assets = assets;
        this.answers = answers;
        this.clock = clock;
        this.random = random;
    }

    PageViews.Tools tools() {
        return tools;
    }

    /** The frame's model of a page; the caller adds what its content template shows. */
    Map<String, Object> model(Request request, Optional<TrackerUser> user, String title, String navId,
                              String contentTemplate, String bodyClass) {
        I18nBundle i18n = bundle(request);
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", i18n);
        model.put("i18nJson", i18n.toScriptJson());
        model.put("limitsJson", FrontEndLimits.toScriptJson());
        model.put("lang", i18n.locale().getLanguage());
        model.put("pageTitle", title);
        model.put("assets", assets);
        model.put("tools", tools);
        model.put("dates", new Dates(clock, i18n, ZoneOffset.UTC));
        model.put("user", user.orElse(null));
        model.put("contentTemplate", contentTemplate);
        model.put("bodyClass", bodyClass);
        model.put("nonce", nonce());
        Object session = request.getAttribute(Authenticating.SESSION_ATTRIBUTE);
        model.put("atlToken", session instanceof LoginSessions.Session s ? s.xsrfToken() : "");
        List<PageViews.NavLink> nav = new ArrayList<>();
        if (user.isPresent()) {
            nav.add(new PageViews.NavLink("dashboard", i18n.text("social.nav.dashboard"), "/", navId.equals("dashboard")));
            for (SocialPage page : SocialPage.navigation(user.get().admin())) {
                nav.add(new PageViews.NavLink(page.id(), i18n.text("social.nav." + page.id()), page.path(),
                        navId.equals(page.id())));
            }
        }
        model.put("nav", nav);
        // JSM's customers see the portal's frame (no agents' navigation) on every page; portal pages set it for all.
        model.put("portalFrame", user.isPresent() && PortalCustomers.isCustomer(user.get().name()));
        return model;
    }

    void send(Response response, int status, Map<String, Object> model) throws IOException {
        String html = renderer.render(FRAME, model);
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-" + model.get("nonce")
                + "'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        answers.html(response, status, html);
    }

    void errorPage(Request request, Response response, Optional<TrackerUser> user, int status,
                   String titleKey, String textKey) throws IOException {
        I18nBundle i18n = bundle(request);
        Map<String, Object> model = model(request, user, i18n.text(titleKey), "", "templates/devhost/error.vm",
                "devhost-error-page");
        model.put("errorTitle", i18n.text(titleKey));
        model.put("errorText", i18n.text(textKey));
        send(response, status, model);
    }

    void notFound(Request request, Response response, Optional<TrackerUser> user) throws IOException {
        errorPage(request, response, user, 404, "social.page.notfound.title", "social.page.notfound.text");
    }

    /** English, or German for browsers that ask for it first. */
    I18nBundle bundle(Request request) {
        Locale requested = request.getLocale();
        String language = requested != null && "de".equals(requested.getLanguage()) ? "de" : "en";
        return bundles.computeIfAbsent(language,
                l -> I18nBundle.load(PageFrame.class.getClassLoader(), Locale.forLanguageTag(l)));
    }

    private String nonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
