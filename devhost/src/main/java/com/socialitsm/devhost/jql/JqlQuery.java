package com.socialitsm.devhost.jql;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed query of the subset: every clause must hold (the clauses were joined with AND). Project keys as typed
 * (upper-cased); tags in normal form, not yet resolved through merges (the tracker does that, as it knows them).
 */
public record JqlQuery(List<String> projectKeys, List<TagCondition> tagConditions, boolean createdAscending) {
    public JqlQuery {
        projectKeys = List.copyOf(projectKeys);
        tagConditions = List.copyOf(tagConditions);
    }

    /** A condition on the hashtags. */
    public sealed interface TagCondition {
    }

    /** {@code Hashtags = a}, {@code Hashtags in (a, b)}, {@code issue in hashtag("a", "b")}: any of the tags. */
    public record AnyOf(Set<String> tags) implements TagCondition {
        public AnyOf {
            tags = Set.copyOf(tags);
        }
    }

    /** {@code Hashtags != a}: the issue has hashtags and {@code a} is not among them (Jira's != skips empty fields). */
    public record NoneOf(String tag) implements TagCondition {
        public NoneOf {
            Objects.requireNonNull(tag);
        }
    }

    /** {@code Hashtags is EMPTY}: no hashtag at all. */
    public record Empty() implements TagCondition {
    }
}
