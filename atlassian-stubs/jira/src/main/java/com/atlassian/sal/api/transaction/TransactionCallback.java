// Source: AO-IFACE (jira-api-facts.md §3.1): <T> T executeInTransaction(com.atlassian.sal.api.transaction.TransactionCallback<T>); https://docs.atlassian.com/sal-parent/3.0.0/apidocs/
// Confidence: [C] the type; [I] the single method T doInTransaction() (used as a lambda by the app)
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/bitbucket-slack-server-integration-plugin/src/test/java/com/atlassian/bitbucket/plugins/slack/util/TestUtil.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/bitbucket-slack-server-integration-plugin/src/test/java/com/atlassian/bitbucket/plugins/slack/util/TestUtil.java
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {
    T doInTransaction();
}
