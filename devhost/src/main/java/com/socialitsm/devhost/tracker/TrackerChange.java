package com.socialitsm.devhost.tracker;

import java.time.Instant;

import com.socialitsm.host.IssueChange;

/** One entry of an issue's history. */
public record TrackerChange(long id, String author, IssueChange.Kind kind, String detail, Instant at) {
}
