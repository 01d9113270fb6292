package com.socialitsm.follow;

import java.util.Objects;
import java.util.Optional;

/**
 * A user who receives an activity in their feed, and why: the type of the follow that brought it (shown as "you
 * follow this issue"), or none when the activity is about them (the receiver of kudos, the new assignee), which
 * reaches them whether or not they follow anything.
 */
public record Recipient(String userKey, Optional<TargetType> reason) {
    /** The FEED_ITEM.REASON code of a recipient who follows nothing that brought the activity: it is about them. */
    public static final String SUBJECT_REASON = "subject";

    public Recipient {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(reason, "reason");
    }

    public Recipient(String userKey, TargetType reason) {
        this(userKey, Optional.of(reason));
    }

    /** The user the activity is about, receiving it without a follow. */
    public static Recipient subject(String userKey) {
        return new Recipient(userKey, Optional.empty());
    }

    /** What FEED_ITEM.REASON stores: the follow type's code, or {@value #SUBJECT_REASON}. */
    public String reasonCode() {
        return reason.map(TargetType::code).orElse(SUBJECT_REASON);
    }
}
