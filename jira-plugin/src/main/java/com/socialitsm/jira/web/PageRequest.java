package com.socialitsm.jira.web;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.socialitsm.web.page.SocialPage;

/**
 * One request for a page whose access has been checked, as plain values, so that renderers need neither the servlet
 * API nor Jira.
 *
 * @param argument    the page's argument (a tag, a question id, a user key), empty for pages without one
 * @param viewer      the user key, empty when anonymous
 * @param contextPath Jira's context path, for links
 */
public record PageRequest(SocialPage page, Optional<String> argument, Optional<String> viewer, Locale locale,
                          String contextPath) {
    public PageRequest {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(viewer, "viewer");
        locale = locale == null ? Locale.ROOT : locale;
        contextPath = contextPath == null ? "" : contextPath;
    }
}
