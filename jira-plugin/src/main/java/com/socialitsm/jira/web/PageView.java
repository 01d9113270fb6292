package com.socialitsm.jira.web;

import java.util.regex.Pattern;

/**
 * What the page template shows, as plain strings (resolved in Java, so the template calls no i18n method): the title,
 * the introduction (blank for none), and the web module's panel to mount with its argument as a data attribute
 * ({@code data-tag="vpn"}). A page about one thing (a tag, a question, a person) leaves the visible heading to its
 * panel and keeps an assistive one, as the devhost's pages do. The accessors are in the descriptor's Velocity
 * allowlist. Every value is text: the template inserts each through Jira's HTML escaping, and the one value that
 * becomes markup rather than text, the argument's attribute name, is checked here to be a plain {@code data-}
 * name (it comes from {@link com.socialitsm.web.page.SocialPage}, never from the request).
 *
 * @param argumentAttribute e.g. {@code data-tag}; "" for a page without an argument
 * @param placeholder       what the mount point shows until its panel is mounted
 * @param admin             an administration page: Jira's admin decorator frames it
 */
public record PageView(String title, String intro, String panel, String argumentAttribute, String argument,
                       String placeholder, boolean admin) {
    private static final Pattern DATA_ATTRIBUTE = Pattern.compile("(data-[a-z]+(-[a-z]+)*)?");

    public PageView {
        if (!DATA_ATTRIBUTE.matcher(argumentAttribute).matches()) {
            throw new IllegalArgumentException("Not a data attribute name: " + argumentAttribute);
        }
    }

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
