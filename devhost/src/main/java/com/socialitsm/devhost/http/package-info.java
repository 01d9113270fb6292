/**
 * The devhost's HTTP edge on Grizzly: the authentication and XSRF gate ({@link com.socialitsm.devhost.http.Authenticating}),
 * the demo tracker's Jira REST subset ({@code JiraRestHandler}, its JSON in {@code JiraJson}), the pages
 * ({@code PagesHandler} routes to {@code LoginPages}, {@code IssuePages} and the app's pages, all in {@code PageFrame}),
 * static files, and Jersey for the app's own resources
 * ({@link com.socialitsm.devhost.http.WebServer}). No Jakarta EE imports here: only web and jira-plugin use them.
 */
package com.socialitsm.devhost.http;
