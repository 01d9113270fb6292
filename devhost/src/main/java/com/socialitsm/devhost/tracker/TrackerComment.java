package com.socialitsm.devhost.tracker;

import java.time.Instant;

/** A comment on a demo issue. */
public record TrackerComment(long id, long issueId, String author, String body, Instant created) {
}
