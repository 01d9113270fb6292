package com.socialitsm.idea;

/**
 * Whether a project's idea board is open to its portal's customers, for the board page.
 *
 * @param hasPortal    the project has a customer portal (JSM service desk); without one the board cannot be opened
 * @param openToPortal the portal's customers see the board's ideas and vote on them
 * @param agent        the viewer is an agent of the project and may open or close it
 */
public record BoardOpening(String projectKey, boolean hasPortal, boolean openToPortal, boolean agent) {
}
