package com.socialitsm.devhost.tracker;

/**
 * One link of an issue as its view shows it: the phrase of the link's direction ("relates to", "is caused by") and
 * the issue at the other end.
 */
public record TrackerLink(String phrase, String otherKey, String otherSummary, String otherStatus) {
}
