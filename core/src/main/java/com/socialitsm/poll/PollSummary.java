package com.socialitsm.poll;

import java.time.Instant;

/** A poll in a project's list: enough for a line, without the per-option counts. */
public record PollSummary(long id, String question, boolean multiple, boolean anonymous, Instant closesAt,
                          boolean closed, int total, boolean voted) {
}
