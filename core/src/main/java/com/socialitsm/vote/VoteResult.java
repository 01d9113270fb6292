package com.socialitsm.vote;

/** What a vote or unvote did, as a domain answer the REST layer maps to a status. */
public enum VoteResult {
    /** The vote was recorded. */
    VOTED,
    /** The user had voted already (a double click, or two tabs racing): nothing changed. */
    ALREADY_VOTED,
    /** The vote was withdrawn. */
    UNVOTED,
    /** There was no vote to withdraw: nothing changed. */
    NOT_VOTED,
    /** No such issue, or the user may not browse it: the two are indistinguishable on purpose. */
    NOT_FOUND
}
