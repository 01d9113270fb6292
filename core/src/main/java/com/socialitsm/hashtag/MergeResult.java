package com.socialitsm.hashtag;

import java.util.List;

/**
 * What a merge (or rename) did.
 *
 * @param into          the tag the others now stand for
 * @param merged        the tags merged into it
 * @param issuesMoved   tag rows moved to {@code into}
 * @param issuesDeduplicated issues that had both tags and now keep one row
 * @param followsMoved  follows of the merged tags that now follow {@code into} (users who followed both keep one)
 */
public record MergeResult(String into, List<String> merged, int issuesMoved, int issuesDeduplicated,
                          int followsMoved) {
    public MergeResult {
        merged = List.copyOf(merged);
    }
}
