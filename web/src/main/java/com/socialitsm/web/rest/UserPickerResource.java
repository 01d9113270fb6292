package com.socialitsm.web.rest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.UserRef;
import com.socialitsm.web.CurrentUser;

/**
 * The user picker's source: {@code GET /users?query=} (AUI's single select sends {@code q}) answers the active users
 * whose user name or display name matches, as the host finds them for the caller ({@code UserDirectory.search}: in
 * Jira its user picker search, which needs the "Browse users" permission), as
 * {@code [{key, name, avatarUrl, label, value}]}. Logged-in users only (401 otherwise): people are not listed to
 * anonymous visitors.
 */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
public final class UserPickerResource {
    private static final int DEFAULT_LIMIT = 10;
    static final int MAX_QUERY_LENGTH = 100;

    private final SocialApp app;
    private final CurrentUser currentUser;

    public UserPickerResource(SocialApp app, CurrentUser currentUser) {
        this.app = Objects.requireNonNull(app);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    /**
     * One user as a picker shows it: "Bob Nguyen (bob)"; {@code value} is the user key, what kudos take. {@code label}
     * is HTML-escaped for AUI's single select, as the project picker's ({@link ProjectPickerResource.ProjectJson}).
     */
    public record UserJson(String key, String name, String avatarUrl, String label, String value) {
        static UserJson of(UserRef user) {
            String label = user.displayName().equals(user.key()) ? user.key()
                    : user.displayName() + " (" + user.key() + ")";
            return new UserJson(user.key(), user.displayName(), user.avatarUrl(),
                    ProjectPickerResource.escapeHtml(label), user.key());
        }
    }

    @GET
    public List<UserJson> users(@QueryParam("query") String query, @QueryParam("q") String q,
                                @QueryParam("limit") String limit) {
        Requests.requireUser(currentUser);
        int size = Requests.limit(limit, DEFAULT_LIMIT);
        String text = Optional.ofNullable(query).or(() -> Optional.ofNullable(q)).orElse("").strip();
        Requests.maxLength("query", text, MAX_QUERY_LENGTH);
        return app.users().search(text, size).stream().filter(UserRef::active).map(UserJson::of).toList();
    }
}
