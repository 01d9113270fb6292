package com.socialitsm.jira.web;

/**
 * What the issue-view panel templates need: the issue the mount points are for. Everything else (tags, votes,
 * follows, kudos, questions) the web module's panels fetch from the REST API, so the issue view never waits on the
 * app's tables.
 */
public record IssuePanelModel(String issueKey, String projectKey) {
}
