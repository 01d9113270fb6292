package com.socialitsm.poll;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A poll as one viewer sees it. {@code votes} (one count per option, in option order) is present only when the
 * results are open to the viewer: after they voted, or for everyone once closed when the asker chose "results after
 * close". {@code myChoice} is the viewer's own options, empty when they have not voted, and for an anonymous poll
 * also once it has closed (its key is gone: nobody can tell which ballot was theirs). {@code total} counts voters.
 */
public record PollView(long id, String projectKey, String question, List<String> options,
                       Optional<List<Integer>> votes, boolean multiple, boolean anonymous, boolean resultsAfterClose,
                       Instant closesAt, Instant createdAt, String author, boolean closed, int total,
                       Optional<List<Integer>> myChoice, boolean canVote) {
}
