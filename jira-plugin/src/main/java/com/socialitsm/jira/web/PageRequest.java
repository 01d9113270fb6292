package com.socialitsm.jira.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request for a page, as plain values, so that page renderers need neither the servlet API nor Jira.
 *
 * @param pathInfo    what follows the page's path, e.g. {@code /vpn} for {@code /social/hashtags/vpn}; "" if none
 * @param viewer      the user key, empty when anonymous
 * @param contextPath Jira's context path, for links
 */
public record PageRequest(SocialPage page, String pathInfo, Map<String, List<String>> parameters,
                          Optional<String> viewer, Locale locale, String contextPath) {
    public PageRequest {
        Objects.requireNonNull(page, "page");
        pathInfo = pathInfo == null ? "" : pathInfo;
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(viewer, "viewer");
        locale = locale == null ? Locale.ROOT : locale;
        contextPath = contextPath == null ? "" : contextPath;
    }
}
