package com.socialitsm.activity;

/** What {@link ActivityService#record} did. */
public enum RecordOutcome {
    RECORDED,
    /** An activity with this source key exists already; nothing changed. */
    ALREADY_RECORDED
}
