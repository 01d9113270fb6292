package com.socialitsm.knownissue;

import java.util.Objects;
import java.util.Optional;

/**
 * What the issue view's known-issue panel shows a viewer who may browse the issue: whether they are an agent of the
 * issue's portal (only they may publish or change a known issue; false when the project has no portal) and, for
 * them, the issue's known issue if it is one ({@code knownIssue} is null otherwise, and always for non-agents).
 */
public record IssueKnownIssue(String issueKey, boolean agent, KnownIssue knownIssue) {
    public IssueKnownIssue {
        Objects.requireNonNull(issueKey, "issueKey");
        if (knownIssue != null && !agent) {
            throw new IllegalArgumentException("Only an agent of the portal sees the known issue here.");
        }
    }

    public Optional<KnownIssue> known() {
        return Optional.ofNullable(knownIssue);
    }
}
