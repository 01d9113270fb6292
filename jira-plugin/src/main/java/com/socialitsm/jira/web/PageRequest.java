package com.socialitsm.jira.web;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One request for a page whose access has been checked, as plain values, so that renderers need neither the servlet
 * API nor Jira.
 *
 * @param viewer      the user key, empty when anonymous
 * @param contextPath Jira's context path, for links
 */
public record PageRequest(SocialPage page, PageView view, Optional<String> viewer, Locale locale, String contextPath) {
    public PageRequest {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(viewer, "viewer");
        locale = locale == null ? Locale.ROOT : locale;
        contextPath = contextPath == null ? "" : contextPath;
    }
}
