package com.socialitsm.devhost.tracker;

import java.time.Instant;

/** A comment on a demo issue; {@code internal}: JSM's internal comment, which customers never see. */
public record TrackerComment(long id, long issueId, String author, String body, Instant created, boolean internal) {
}
