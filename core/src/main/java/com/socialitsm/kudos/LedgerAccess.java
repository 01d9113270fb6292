package com.socialitsm.kudos;

/** Whether a viewer may read a user's ledger. */
public enum LedgerAccess {
    /** The viewer is the user, or an admin. */
    ALLOWED,
    /** Someone else's ledger. */
    FORBIDDEN,
    /** No such user. */
    NOT_FOUND
}
