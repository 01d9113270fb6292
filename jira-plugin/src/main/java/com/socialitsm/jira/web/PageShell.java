package com.socialitsm.jira.web;

/** What the page-shell template shows: which page, its title key and the path below it. */
public record PageShell(String name, String titleKey, String pathInfo) {
}
