package com.socialitsm.web.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.web.CurrentUser;

/**
 * The project picker's source: {@code GET /projects?query=} (AUI's single select sends {@code q}) answers the projects
 * the caller may browse whose key or name contains the text, by key, as {@code [{key, name, label, value}]} —
 * {@code label}/{@code value} are what an {@code <aui-select src>} reads. A project the caller may not browse is never
 * listed.
 */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectPickerResource {
    private static final int DEFAULT_LIMIT = 20;

    private final SocialApp app;
    private final CurrentUser currentUser;

    public ProjectPickerResource(SocialApp app, CurrentUser currentUser) {
        this.app = Objects.requireNonNull(app);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    /**
     * One project as a picker shows it: "Service Desk (SD)". {@code label} is HTML-escaped: AUI's single select writes
     * an async suggestion's label into its list as markup (and reads the chosen one back as text), so a project
     * named {@code <img onerror=…>} must arrive as text there.
     */
    public record ProjectJson(String key, String name, String label, String value) {
        static ProjectJson of(ProjectRef project) {
            return new ProjectJson(project.key(), project.name(),
                    escapeHtml(project.name() + " (" + project.key() + ")"), project.key());
        }
    }

    static String escapeHtml(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '`' -> escaped.append("&#96;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @AnonymousSiteAccess
    @GET
    public List<ProjectJson> projects(@QueryParam("query") String query, @QueryParam("q") String q,
                                      @QueryParam("limit") String limit) {
        int size = Requests.limit(limit, DEFAULT_LIMIT);
        String text = Optional.ofNullable(query).or(() -> Optional.ofNullable(q)).orElse("").strip()
                .toLowerCase(Locale.ROOT);
        Optional<String> viewer = currentUser.userKey();
        return app.issues().projects().stream()
                .filter(p -> text.isEmpty() || p.key().toLowerCase(Locale.ROOT).contains(text)
                        || p.name().toLowerCase(Locale.ROOT).contains(text))
                .sorted(Comparator.comparing(ProjectRef::key))
                .filter(p -> app.access().canBrowseProject(viewer, p.id()))
                .limit(size)
                .map(ProjectJson::of)
                .toList();
    }
}
