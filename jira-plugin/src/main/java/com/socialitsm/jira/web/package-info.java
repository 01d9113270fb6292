/**
 * The Jira side of the app's user interface, which is the web module's front end: the issue-view panels and the page
 * servlets render mount points ({@code <div data-social-panel="issue-votes" data-issue-key="SD-1">}) and a boot block
 * that loads the web module's {@code main.js} (an ES module served by the plugin, {@link
 * com.socialitsm.jira.web.SocialAssets}) with the texts of the viewer's language. Context providers hand the
 * templates small immutable models; the page servlets check who may see a page and hand the rest to a
 * {@link com.socialitsm.jira.web.SocialPageRenderer}. Model accessors called from templates are listed in the
 * descriptor's Velocity allowlist.
 */
package com.socialitsm.jira.web;
