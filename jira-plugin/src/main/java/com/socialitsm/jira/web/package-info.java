/**
 * The Jira pages and issue-view panels. Context providers hand the panel templates small immutable models
 * ({@link com.socialitsm.jira.web.IssuePanelModel}); the page servlets check who may see a page and hand the rest to a
 * {@link com.socialitsm.jira.web.SocialPageRenderer}, the seam where the {@code web} module's page renderers plug in.
 * Model accessors called from templates are listed in the descriptor's Velocity allowlist.
 */
package com.socialitsm.jira.web;
