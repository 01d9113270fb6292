package com.socialitsm.outcome;

/** What kind of refusal: the REST layer maps each to one status code, the same in every feature. */
public enum Problem {
    /** The input breaks a rule (a limit, a malformed tag or cursor); the message says which. → 400 */
    INVALID,
    /** The caller must sign in first. → 401 */
    NOT_LOGGED_IN,
    /** The caller sees it but may not do this (not an admin, not the asker). → 403 */
    FORBIDDEN,
    /** No such thing, or the caller may not see it: never told apart. → 404 */
    NOT_FOUND,
    /** The state does not allow it (already linked, a feature switched off for the project, a run in progress). → 409 */
    CONFLICT,
    /** A cap was reached (kudos per day, thanks per day). → 429 */
    LIMITED
}
