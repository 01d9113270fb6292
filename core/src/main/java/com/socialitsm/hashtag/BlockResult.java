package com.socialitsm.hashtag;

/** A tag's blocked state after an admin changed it, and from how many issues blocking removed it. */
public record BlockResult(String tag, boolean blocked, int removedFromIssues) {
}
