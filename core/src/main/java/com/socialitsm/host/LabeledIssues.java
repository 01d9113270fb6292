package com.socialitsm.host;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The host's existing categorisation of issues (Jira: labels and/or component names), read a page at a time in issue
 * id order, for the labels-to-hashtags import. Never loads a whole project.
 */
public interface LabeledIssues {
    /** For a host without labels: no issues to import. */
    LabeledIssues NONE = new LabeledIssues() {
        @Override
        public long count(long projectId) {
            return 0;
        }

        @Override
        public List<LabeledIssue> page(long projectId, Origin origin, long afterIssueId, int limit) {
            return List.of();
        }
    };

    /** What becomes a hashtag. */
    enum Origin {
        LABELS, COMPONENTS, BOTH;

        public boolean labels() {
            return this != COMPONENTS;
        }

        public boolean components() {
            return this != LABELS;
        }
    }

    /** One issue's labels (blank names already dropped), and when it was created (the import tags at that time). */
    record LabeledIssue(long issueId, Instant created, List<String> labels) {
        public LabeledIssue {
            Objects.requireNonNull(created, "created");
            labels = List.copyOf(labels);
        }
    }

    /** How many issues the project has (the import's total). */
    long count(long projectId);

    /** At most {@code limit} issues of the project with an id above {@code afterIssueId}, in id order. */
    List<LabeledIssue> page(long projectId, Origin origin, long afterIssueId, int limit);
}
