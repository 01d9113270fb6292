/**
 * The devhost's small JQL: {@link com.socialitsm.devhost.jql.JqlParser} turns the subset that
 * {@code GET /rest/api/2/search} answers into a {@link com.socialitsm.devhost.jql.JqlQuery}, or refuses it with
 * Jira's wording ({@link com.socialitsm.devhost.jql.JqlException}). Depends on core's tag grammar only; the tracker
 * runs the query.
 */
package com.socialitsm.devhost.jql;
