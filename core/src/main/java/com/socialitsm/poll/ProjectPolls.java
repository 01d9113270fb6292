package com.socialitsm.poll;

import java.util.List;
import java.util.Optional;

/** A page of a project's polls, newest first; {@code next} is the cursor of the next page; {@code canAsk} for agents. */
public record ProjectPolls(String projectKey, String projectName, boolean canAsk, List<PollSummary> polls,
                           Optional<Long> next) {
}
