/**
 * The Jira side of the app's user interface, which is the web module's front end: the issue-view panels and the page
 * servlets render mount points only ({@code <div data-social-panel="issue-votes" data-issue-key="SD-1">}); the front
 * end reaches Jira's pages through the Web Resource Manager ({@link com.socialitsm.jira.web.SocialAssets}: one
 * web-resource per context, a boot web-resource with the texts as WRM data from
 * {@link com.socialitsm.jira.web.SocialBootDataProvider} and a boot script that loads the web module's {@code main.js}
 * and re-mounts on Jira's NEW_CONTENT_ADDED). Context providers hand the templates small immutable models whose
 * values Jira HTML-escapes; the page servlets check who may see a page and hand the rest to a
 * {@link com.socialitsm.jira.web.SocialPageRenderer}. Model accessors called from templates are listed in the
 * descriptor's Velocity allowlist.
 */
package com.socialitsm.jira.web;
