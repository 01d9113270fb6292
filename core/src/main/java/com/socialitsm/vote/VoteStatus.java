package com.socialitsm.vote;

import java.util.Objects;

/** An issue's vote count and whether the viewer has voted on it. */
public record VoteStatus(String issueKey, int count, boolean voted) {
    public VoteStatus {
        Objects.requireNonNull(issueKey, "issueKey");
    }
}
