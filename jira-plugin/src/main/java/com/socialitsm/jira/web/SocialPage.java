package com.socialitsm.jira.web;

/** The app's full pages, each served at {@code /plugins/servlet/social/<path>}. */
public enum SocialPage {
    FEED("feed", "socialitsm.page.feed.title", true, false),
    HASHTAGS("hashtags", "socialitsm.page.hashtags.title", false, false),
    LEADERBOARD("leaderboard", "socialitsm.page.leaderboard.title", false, false),
    QUESTIONS("questions", "socialitsm.page.questions.title", false, false),
    ADMIN("admin", "socialitsm.page.admin.title", true, true);

    private final String path;
    private final String titleKey;
    private final boolean needsLogin;
    private final boolean needsAdmin;

    SocialPage(String path, String titleKey, boolean needsLogin, boolean needsAdmin) {
        this.path = path;
        this.titleKey = titleKey;
        this.needsLogin = needsLogin;
        this.needsAdmin = needsAdmin;
    }

    /** The servlet init-param value and URL segment. */
    public String path() {
        return path;
    }

    public String titleKey() {
        return titleKey;
    }

    /** A personal page (the feed) or the admin page: anonymous visitors are sent to log in. */
    public boolean needsLogin() {
        return needsLogin;
    }

    public boolean needsAdmin() {
        return needsAdmin;
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
