// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/issue/search/searchers/renderer/SearchRenderer.html (Jira 10.3 javadoc of jira-api); getSearchRenderer() returns it in https://github.com/atlascommunity/jira-plugins-groovy/blob/0021eff165f5fb37fff4c7fba0cb7f7831901b9e/src/main/java/ru/mail/jira/plugins/groovy/impl/jql/JqlFieldSearcher.java
// Confidence: [V] the type; no members used (the app uses Jira's CustomFieldRenderer)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.search.searchers.renderer;

public interface SearchRenderer {
}
