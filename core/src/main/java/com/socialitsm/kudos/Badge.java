package com.socialitsm.kudos;

import java.util.Optional;

/**
 * The badges, each awarded once per user. The code is stored and is the i18n key suffix:
 * {@code social.badge.<code>.name} and {@code social.badge.<code>.description}.
 */
public enum Badge {
    /** Resolved a first issue (with resolution points in force). */
    FIRST_RESOLUTION("first-resolution"),
    /** Ten resolutions in force at once: reopened ones do not count. */
    TEN_RESOLUTIONS("ten-resolutions"),
    /** An answer of theirs was accepted by someone else. */
    FIRST_ACCEPTED_ANSWER("first-accepted-answer"),
    /** Resolved issues under ten different hashtags. */
    EXPLORER("explorer"),
    /** Resolved a project's boss: its most-upvoted open issue (taken back when the issue is reopened). */
    BOSS_FIGHT("boss-fight"),
    /** Received kudos from five different people. */
    HELPFUL_PEER("helpful-peer"),
    /** Ten desk visits confirmed by their reporters (with points in force: self-reported issues do not count). */
    DESK_VISITOR("desk-visitor");

    private final String code;

    Badge(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Badge> ofCode(String code) {
        for (Badge badge : values()) {
            if (badge.code.equals(code)) {
                return Optional.of(badge);
            }
        }
        return Optional.empty();
    }
}
