package com.socialitsm.visit;

import java.util.Objects;

/**
 * A desk visit as its agent and reporter see it.
 *
 * @param points what the confirmation earned the agent (0 while pending, for a self-reported issue, past the cap)
 */
public record DeskVisit(long id, String issueKey, String agent, String reporter, String note, VisitState state,
                        int points) {
    public DeskVisit {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(state, "state");
        note = note == null ? "" : note;
    }
}
