package com.socialitsm.tag;

import java.util.List;

/**
 * Told when tags leave an issue — an edit of its text, a removal by hand, the issue's deletion — inside the
 * transaction that removes them, so that what was earned under a tag goes with it (the kudos first-tag bonus). The
 * hashtag feature calls it; the kudos feature implements it. Implementations join the caller's transaction and must
 * be idempotent: the same removal reported twice changes nothing more.
 */
@FunctionalInterface
public interface IssueTagRemovals {
    /** {@code tags} (normal form, not empty) have just left the issue. */
    void removed(long issueId, List<String> tags);
}
