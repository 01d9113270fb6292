package com.socialitsm.jira.web;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The app's full pages, each a servlet module at {@code /plugins/servlet/social/<path>[/<argument>]} around one panel
 * of the web module: the feed (with trending tags beside it), trending hashtags and a hashtag's page, leaderboards,
 * questions and one question, a user's profile, and the admin page.
 */
public enum SocialPage {
    FEED("feed", true, false, PageView.of("socialitsm.page.feed.title", "feed")
            .withSidebar("trending", "socialitsm.page.trending.title"), null),
    HASHTAGS("hashtags", false, false, PageView.of("socialitsm.page.hashtags.title", "trending"),
            new Argument("socialitsm.page.hashtag.title", "hashtag-page", "data-tag", tag -> true)),
    LEADERBOARD("leaderboard", false, false, PageView.of("socialitsm.page.leaderboard.title", "leaderboard"), null),
    QUESTIONS("questions", false, false, PageView.of("socialitsm.page.questions.title", "questions"),
            new Argument("socialitsm.page.question.title", "question", "data-question-id",
                    id -> id.chars().allMatch(Character::isDigit))),
    USERS("users", false, false, null,
            new Argument("socialitsm.page.user.title", "user-profile", "data-user-key", user -> true)),
    ADMIN("admin", true, true, PageView.of("socialitsm.page.admin.title", "admin"), null);

    /** Tags, question ids and user keys are all far shorter; anything longer is not a page. */
    static final int MAX_ARGUMENT_LENGTH = 255;

    /** The page below the page's own path: which panel, and which values the argument may take. */
    private record Argument(String titleKey, String panel, String attribute, Predicate<String> valid) {
    }

    private final String path;
    private final boolean needsLogin;
    private final boolean needsAdmin;
    private final PageView withoutArgument;
    private final Argument argument;

    SocialPage(String path, boolean needsLogin, boolean needsAdmin, PageView withoutArgument, Argument argument) {
        this.path = path;
        this.needsLogin = needsLogin;
        this.needsAdmin = needsAdmin;
        this.withoutArgument = withoutArgument;
        this.argument = argument;
    }

    /** The servlet init-param value and URL segment. */
    public String path() {
        return path;
    }

    /** A personal page (the feed) or the admin page: anonymous visitors are sent to log in. */
    public boolean needsLogin() {
        return needsLogin;
    }

    public boolean needsAdmin() {
        return needsAdmin;
    }

    /** Whether the page has sub-pages ({@code /hashtags/vpn}), i.e. its servlet also maps {@code /<path>/*}. */
    public boolean takesArgument() {
        return argument != null;
    }

    /**
     * What to show for the path below the page ({@code ""}, {@code "/"} or {@code "/<argument>"}, already decoded by
     * the container); empty for anything else, which is a 404.
     */
    public Optional<PageView> view(String pathBelowPage) {
        String rest = pathBelowPage == null ? "" : pathBelowPage;
        if (rest.isEmpty() || rest.equals("/")) {
            return Optional.ofNullable(withoutArgument);
        }
        if (argument == null || !rest.startsWith("/")) {
            return Optional.empty();
        }
        String value = rest.endsWith("/") ? rest.substring(1, rest.length() - 1) : rest.substring(1);
        if (value.isBlank() || value.contains("/") || value.length() > MAX_ARGUMENT_LENGTH
                || !argument.valid().test(value)) {
            return Optional.empty();
        }
        return Optional.of(PageView.withArgument(argument.titleKey(), argument.panel(), argument.attribute(), value));
    }

    public static SocialPage fromPath(String path) {
        for (SocialPage page : values()) {
            if (page.path.equals(path)) {
                return page;
            }
        }
        throw new IllegalArgumentException("No social page at " + path);
    }
}
