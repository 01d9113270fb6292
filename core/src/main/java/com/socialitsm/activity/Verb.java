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
    /** An agent changed an idea's status (the detail holds the idea's title). */
    IDEA_STATUS("idea-status"),
    /** An agent opened a poll in the project. */
    POLL("poll"),
    /** A tag is used far more than usual in a project (a spike alert); project-wide, its detail says how much. */
    SPIKING("spiking"),
    /** A problem was raised from a tag's spike, the spike's issues linked to it. */
    RAISED("raised"),
    /** Someone mentioned the subject user ({@code @alice}, {@code [~alice]}) in a comment, question or answer. */
    MENTIONED("mentioned"),
    /**
     * An agent published the issue as a known issue on the customer portal, or posted a public update on it (its
     * message, or the new status): the issue's followers read it in their feed, as customers read it on the portal.
     */
    KNOWN_ISSUE("known-issue");

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
