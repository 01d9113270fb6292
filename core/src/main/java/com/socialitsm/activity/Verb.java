package com.socialitsm.activity;

import java.util.Optional;

/** What an activity says happened. The code is stored in ACTIVITY.VERB and names the i18n key social.verb.<code>. */
public enum Verb {
    CREATED("created"),
    COMMENTED("commented"),
    ASSIGNED("assigned"),
    RESOLVED("resolved"),
    REOPENED("reopened"),
    /** Hashtags were added to an issue without another change to show. */
    TAGGED("tagged"),
    UPVOTED("upvoted"),
    KUDOS("kudos"),
    ASKED("asked"),
    ANSWERED("answered"),
    ACCEPTED("accepted"),
    /** The reporter confirmed that the assignee came by their desk. */
    VISITED("visited"),
    /** Someone mentioned the subject user ({@code @alice}, {@code [~alice]}) in a comment, question or answer. */
    MENTIONED("mentioned");

    private final String code;

    Verb(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Verb> fromCode(String code) {
        for (Verb verb : values()) {
            if (verb.code.equals(code)) {
                return Optional.of(verb);
            }
        }
        return Optional.empty();
    }
}
