package com.socialitsm.web;

import java.util.Optional;

/**
 * Who is making the current request, as the host authenticated them (Jira's authentication context, the
 * devhost's basic auth or session). Never taken from a request parameter or body.
 */
@FunctionalInterface
public interface CurrentUser {
    /** The user key, or empty for an anonymous request. */
    Optional<String> userKey();
}
