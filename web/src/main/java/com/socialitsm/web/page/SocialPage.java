package com.socialitsm.web.page;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The app's own pages, at the same paths in Jira (a servlet module at {@value #SERVLET_PATH}) and in the devhost.
 * Each is a frame around one mount point, {@code <div data-social-panel="<panel>">}, that a feature's JS module
 * fills; the page's content template is {@code templates/pages/<id>.vm} and its title the i18n key
 * {@code social.page.<id>.title}. A page with an argument (a tag, a question id, a user) passes it to its panel as a
 * data attribute named by {@link #argumentAttribute()}.
 */
public enum SocialPage {
    FEED("feed", "/feed", "feed", null, false),
    HASHTAGS("hashtags", "/hashtags", "trending", null, false),
    HASHTAG("hashtag", "/hashtags/", "hashtag-page", "data-tag", false),
    LEADERBOARD("leaderboard", "/leaderboard", "leaderboard", null, false),
    QUESTIONS("questions", "/questions", "questions", null, false),
    QUESTION("question", "/questions/", "question", "data-question-id", false),
    USER_PROFILE("user", "/users/", "user-profile", "data-user-key", false),
    IDEAS("ideas", "/ideas", "ideas", null, false),
    IDEA("idea", "/ideas/", "idea", "data-idea-id", false),
    POLLS("polls", "/polls", "polls", null, false),
    POLL("poll", "/polls/", "poll", "data-poll-id", false),
    ADMIN("admin", "/admin", "admin", null, true),
    /** Everything the viewer follows, with unfollow and mute: signed-in users only, like the feed. */
    FOLLOWING("following", "/following", "following", null, false);

    /** Where the pages live below the context path, in Jira and in the devhost. */
    public static final String SERVLET_PATH = "/plugins/servlet/social";
    private static final int MAX_ARGUMENT_LENGTH = 255;

    private final String id;
    private final String path;
    private final String panel;
    private final String argumentAttribute;
    private final boolean adminOnly;

    SocialPage(String id, String path, String panel, String argumentAttribute, boolean adminOnly) {
        this.id = id;
        this.path = path;
        this.panel = panel;
        this.argumentAttribute = argumentAttribute;
        this.adminOnly = adminOnly;
    }

    /** A page and its argument (empty for pages without one), as a request names them. */
    public record Request(SocialPage page, Optional<String> argument) {
    }

    /**
     * The page a path below {@link #SERVLET_PATH} names ({@code /feed}, {@code /hashtags/vpn}, {@code /questions/12},
     * {@code /users/alice}), with its URL-decoded argument; empty for anything else.
     */
    public static Optional<Request> resolve(String pathBelowServlet) {
        if (pathBelowServlet == null || pathBelowServlet.isEmpty()) {
            return Optional.empty();
        }
        String path = pathBelowServlet.endsWith("/") && pathBelowServlet.length() > 1
                ? pathBelowServlet.substring(0, pathBelowServlet.length() - 1) : pathBelowServlet;
        for (SocialPage page : values()) {
            if (!page.hasArgument() && page.path.equals(path)) {
                return Optional.of(new Request(page, Optional.empty()));
            }
            if (page.hasArgument() && path.startsWith(page.path)) {
                String raw = path.substring(page.path.length());
                if (raw.isEmpty() || raw.contains("/")) {
                    continue;
                }
                String argument = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
                if (argument.isBlank() || argument.length() > MAX_ARGUMENT_LENGTH
                        || ((page == QUESTION || page == IDEA || page == POLL)
                        && !argument.chars().allMatch(Character::isDigit))) {
                    return Optional.empty();
                }
                return Optional.of(new Request(page, Optional.of(argument)));
            }
        }
        return Optional.empty();
    }

    /** The pages of the app's navigation, in menu order (the admin page only for administrators). */
    public static List<SocialPage> navigation(boolean admin) {
        return admin ? List.of(FEED, HASHTAGS, LEADERBOARD, QUESTIONS, IDEAS, POLLS, ADMIN)
                : List.of(FEED, HASHTAGS, LEADERBOARD, QUESTIONS, IDEAS, POLLS);
    }

    public String id() {
        return id;
    }

    /** The path below the context path, for pages without an argument: {@code /plugins/servlet/social/feed}. */
    public String path() {
        return SERVLET_PATH + (hasArgument() ? path.substring(0, path.length() - 1) : path);
    }

    public String panel() {
        return panel;
    }

    public boolean hasArgument() {
        return argumentAttribute != null;
    }

    /** The data attribute that carries the argument to the panel, e.g. {@code data-tag}; empty without one. */
    public String argumentAttribute() {
        return argumentAttribute == null ? "" : argumentAttribute;
    }

    public boolean adminOnly() {
        return adminOnly;
    }

    /** {@code templates/pages/<id>.vm}. */
    public String template() {
        return "templates/pages/" + id + ".vm";
    }

    public String titleKey() {
        return "social.page." + id + ".title";
    }

    /** The navigation entry highlighted on this page: a tag page belongs to Hashtags, a question to Questions. */
    public SocialPage navigationSection() {
        return switch (this) {
            case HASHTAG -> HASHTAGS;
            case QUESTION -> QUESTIONS;
            case IDEA -> IDEAS;
            case USER_PROFILE -> LEADERBOARD;
            case POLL -> POLLS;
            case FOLLOWING -> FEED;
            default -> this;
        };
    }
}
