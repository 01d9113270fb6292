/**
 * The Jira host of the social engine: everything here converts between Jira's API and the app's own values at the
 * edge, so that {@code core} and {@code web} never see a Jira type. The one {@code SocialApp} is a Spring bean
 * (META-INF/spring/core-services.xml). Sub-packages by purpose: {@code ao} (the {@code Store} over Jira's Active
 * Objects, upgrade tasks), {@code event} (issue events into {@code IssueChange}s for {@code app.engine()}),
 * {@code host} (the ports over Jira's managers), {@code rest} (who is calling, and the Jira-only REST resources
 * beside the web module's), {@code jobs} (cluster-wide scheduled work), {@code lifecycle} (start-up order),
 * {@code gdpr} (user anonymization), {@code jql} and {@code field} (search), {@code hashtag} (label import),
 * {@code web} (panels and page servlets on the web module's front end).
 * {@link com.socialitsm.jira.ComponentImports} holds every OSGi service import, so all other classes have plain
 * constructors.
 */
package com.socialitsm.jira;
