/**
 * The Jira host of the social engine: everything here converts between Jira's API and the app's own values at the
 * edge, so that {@code core} and {@code web} never see a Jira type. Sub-packages by purpose: {@code ao} (the
 * {@code Store} over Jira's Active Objects, upgrade tasks), {@code event} (issue events into {@code IssueChange}s),
 * {@code host} (the ports over Jira's managers), {@code lifecycle} (start-up order), {@code gdpr} (user
 * anonymization), {@code jql} and {@code field} (search), {@code web} (panels and page servlets).
 * {@link com.socialitsm.jira.ComponentImports} holds every OSGi service import, so all other classes have plain
 * constructors.
 */
package com.socialitsm.jira;
