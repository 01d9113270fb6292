package com.socialitsm.follow;

/**
 * How a user took part in something, for auto-follow: each has a rule in {@link FollowRules} an admin may turn off.
 * The setting key is {@code follow.auto.<code>}.
 */
public enum Participation {
    /** Reported an issue. */
    REPORTER("reporter"),
    /** Was assigned an issue. */
    ASSIGNEE("assignee"),
    /** Commented on an issue. */
    COMMENTER("commenter"),
    /** Upvoted an issue. */
    VOTER("voter"),
    /** Asked a question on an issue. */
    ASKER("asker"),
    /** Answered a question on an issue. */
    ANSWERER("answerer");

    private final String code;

    Participation(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String settingKey() {
        return FollowRules.SETTING_PREFIX + code;
    }
}
