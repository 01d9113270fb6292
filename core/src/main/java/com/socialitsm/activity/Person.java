package com.socialitsm.activity;

/** A user as a feed shows them. */
public record Person(String key, String displayName, String avatarUrl) {
}
