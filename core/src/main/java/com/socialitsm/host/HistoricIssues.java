package com.socialitsm.host;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Every issue the host already holds, with the texts it was written in, read a page at a time in issue id order:
 * for the backfill that tags the issues created before the app was installed. Never loads more than a page.
 */
public interface HistoricIssues {
    /** For a host without history (tests, a fresh tracker): nothing to backfill. */
    HistoricIssues NONE = new HistoricIssues() {
        @Override
        public long count() {
            return 0;
        }

        @Override
        public List<HistoricIssue> page(long afterIssueId, int limit, boolean withLabels) {
            return List.of();
        }
    };

    /** A comment's body and when it was written. */
    record DatedText(String text, Instant at) {
        public DatedText {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * One issue as it stands: its summary and description (dated by the issue's creation), its comments in the order
     * written, and, when asked for, its labels and component names (blank ones dropped).
     */
    record HistoricIssue(long issueId, long projectId, Instant created, String summary, String description,
                         List<DatedText> comments, List<String> labels) {
        public HistoricIssue {
            Objects.requireNonNull(created, "created");
            summary = summary == null ? "" : summary;
            description = description == null ? "" : description;
            comments = List.copyOf(comments);
            labels = List.copyOf(labels);
        }
    }

    /** How many issues the host holds (the backfill's total; an estimate is fine). */
    long count();

    /**
     * At most {@code limit} issues with an id above {@code afterIssueId}, in id order, every project; labels only
     * when {@code withLabels} (otherwise an empty list, and the host need not read them).
     */
    List<HistoricIssue> page(long afterIssueId, int limit, boolean withLabels);
}
