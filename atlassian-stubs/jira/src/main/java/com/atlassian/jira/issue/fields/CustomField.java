// Source: parameter type of CalculatedCFType.getValueFromIssue(CustomField, Issue) in public plugins (code search, e.g. a CopyToClipboardCFType)
// Confidence: [C] the type; [V] getId(), getNameKey(), getClauseNames() (https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/issue/fields/CustomField.html; called in https://github.com/atlascommunity/jira-plugins-groovy/blob/0021eff165f5fb37fff4c7fba0cb7f7831901b9e/src/main/java/ru/mail/jira/plugins/groovy/impl/jql/JqlFieldSearcher.java)
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/impl/JiraPostFunctionEventRenderer.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/impl/JiraPostFunctionEventRenderer.java
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.search.ClauseNames;

public interface CustomField {
    String getId();

    String getNameKey();

    ClauseNames getClauseNames();
}
