/**
 * Upvotes ("me too"): one vote per user per issue, the count of an issue, and the top-voted and rising issues of a
 * project. {@link com.socialitsm.vote.VoteService} is the face. A vote is a unique VOTE row (the count is their
 * number); the per-issue count that ranks "top" lives in ISSUE_VOTES and is recounted from the rows on every change.
 * Depends on {@code host}, {@code store}, {@code follow} (voters auto-follow) and {@code activity} ("upvoted"); the
 * kudos feature asks it which issues are top-voted.
 */
package com.socialitsm.vote;
