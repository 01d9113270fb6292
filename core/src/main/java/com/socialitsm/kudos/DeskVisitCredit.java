package com.socialitsm.kudos;

import java.util.Objects;

/** A confirmed desk visit, as the visit feature describes it to {@link KudosService}. */
public record DeskVisitCredit(long visitId, String agent, String reporter, long issueId, long projectId) {
    public DeskVisitCredit {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(reporter, "reporter");
    }
}
