package com.socialitsm.kudos;

import java.util.List;

/**
 * A page of a user's own ledger, newest first; {@code nextBefore} is the cursor for the next page (0 = no more).
 * Every row is there, so the points add up; causes the viewer may not browse are marked hidden.
 */
public record LedgerPage(List<Award> items, long nextBefore) {
    public LedgerPage {
        items = List.copyOf(items);
    }
}
