package com.socialitsm.hashtag;

/**
 * The problem of a tag's spike: the issue raised, how many of the spike's issues were linked to it, and whether this
 * request created it ({@code false}: it answers the spike's existing problem).
 */
public record RaisedProblem(String issueKey, int linked, boolean created) {
}
