package com.socialitsm.jira.web;

/**
 * What a page shows: its title and the web module's panel to mount (with the one argument it takes, as a data
 * attribute: {@code data-tag="vpn"}), and optionally a sidebar panel. The page template calls these accessors; they
 * are listed in the descriptor's Velocity allowlist.
 *
 * @param argumentAttribute e.g. {@code data-tag}; "" for a panel without an argument
 * @param sidebarPanel      "" for none
 */
public record PageView(String titleKey, String panel, String argumentAttribute, String argument,
                       String sidebarPanel, String sidebarTitleKey) {

    static PageView of(String titleKey, String panel) {
        return new PageView(titleKey, panel, "", "", "", "");
    }

    static PageView withArgument(String titleKey, String panel, String attribute, String argument) {
        return new PageView(titleKey, panel, attribute, argument, "", "");
    }

    PageView withSidebar(String panel, String titleKey) {
        return new PageView(this.titleKey, this.panel, argumentAttribute, argument, panel, titleKey);
    }

    public boolean hasArgument() {
        return !argumentAttribute.isEmpty();
    }

    public boolean hasSidebar() {
        return !sidebarPanel.isEmpty();
    }
}
