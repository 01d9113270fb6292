package com.socialitsm.jira.web;

/**
 * What the page template shows, as plain strings (resolved in Java, so the template calls no i18n method): the title,
 * the introduction (blank for none), and the web module's panel to mount with its argument as a data attribute
 * ({@code data-tag="vpn"}). A page about one thing (a tag, a question, a person) leaves the visible heading to its
 * panel and keeps an assistive one, as the devhost's pages do. The accessors are in the descriptor's Velocity
 * allowlist.
 *
 * @param argumentAttribute e.g. {@code data-tag}; "" for a page without an argument
 * @param placeholder       what the mount point shows until its panel is mounted
 */
public record PageView(String title, String intro, String panel, String argumentAttribute, String argument,
                       String placeholder) {

    public boolean hasArgument() {
        return !argumentAttribute.isEmpty();
    }

    public boolean hasIntro() {
        return !intro.isBlank();
    }

    /** Pages without an argument show their title as the page heading. */
    public boolean headingVisible() {
        return !hasArgument();
    }
}
