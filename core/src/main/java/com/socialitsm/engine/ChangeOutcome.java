package com.socialitsm.engine;

/** What handling one issue change did. */
public enum ChangeOutcome {
    /** Applied, in one transaction. */
    APPLIED,
    /** This change id was handled before (the same event delivered twice); nothing changed. */
    ALREADY_PROCESSED
}
