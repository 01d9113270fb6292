// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/issue/search/ClauseNames.html; field.getClauseNames() passed to CustomFieldRenderer and ExactTextCustomFieldSearchInputTransformer in https://github.com/atlascommunity/jira-plugins-groovy/blob/0021eff165f5fb37fff4c7fba0cb7f7831901b9e/src/main/java/ru/mail/jira/plugins/groovy/impl/jql/JqlFieldSearcher.java
// Confidence: [V] the type; no members used
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.search;

public final class ClauseNames {
    private ClauseNames() {
    }
}
