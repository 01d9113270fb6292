package com.socialitsm.web.rest;

/** Ids in portal paths, taken as text: a malformed id is a missing one (404), as JAX-RS itself would answer. */
final class PortalIds {
    private PortalIds() {
    }

    static long parse(String id) {
        try {
            long parsed = Long.parseLong(id.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // falls through to 404
        }
        throw ApiException.notFound("There is no such thing, or you may not see it.");
    }
}
