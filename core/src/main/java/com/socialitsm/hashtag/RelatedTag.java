package com.socialitsm.hashtag;

/** A tag that appears together with another on the same issues, and on how many of the sampled ones. */
public record RelatedTag(String tag, String display, int count) {
}
