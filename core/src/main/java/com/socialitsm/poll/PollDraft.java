package com.socialitsm.poll;

import java.time.Instant;
import java.util.List;

/** What an agent asks: the project by key, the question, the options in order, and how the poll runs. */
public record PollDraft(String projectKey, String question, List<String> options, boolean multiple, Instant closesAt,
                        boolean anonymous, boolean resultsAfterClose) {
    public PollDraft {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
