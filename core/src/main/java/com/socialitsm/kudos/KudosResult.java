package com.socialitsm.kudos;

/** What giving kudos did, as a domain answer the REST layer maps to a status. */
public enum KudosResult {
    /** Given; the receiver got the points it was worth (maybe 0 for a repeat). */
    GIVEN,
    /** Giver and receiver are the same person. */
    SELF_KUDOS,
    /** No such (active) user, or no such issue or one the giver may not browse. */
    NOT_FOUND,
    /** The giver has given as many kudos today (UTC) as the daily cap allows. */
    CAPPED,
    /** The message is longer than {@link KudosService#MAX_MESSAGE} characters. */
    TOO_LONG
}
