package com.socialitsm.activity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.socialitsm.follow.TargetType;

/** Which part of the feed to show, by the kind of follow that delivered an item. */
public enum FeedFilter {
    ALL(EnumSet.allOf(TargetType.class)),
    /** From followed issues and projects. */
    ISSUES(EnumSet.of(TargetType.ISSUE, TargetType.PROJECT)),
    HASHTAGS(EnumSet.of(TargetType.HASHTAG)),
    PEOPLE(EnumSet.of(TargetType.USER)),
    /** From followed ideas (status changes of ideas one submitted, voted on or commented on). */
    IDEAS(EnumSet.of(TargetType.IDEA));

    private final Set<TargetType> reasons;

    FeedFilter(Set<TargetType> reasons) {
        this.reasons = reasons;
    }

    public Set<TargetType> reasons() {
        return reasons;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The filter named {@code all}, {@code issues}, {@code hashtags}, {@code people} or {@code ideas}; empty for anything else. */
    public static Optional<FeedFilter> fromCode(String code) {
        for (FeedFilter filter : values()) {
            if (code != null && filter.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(filter);
            }
        }
        return Optional.empty();
    }
}
