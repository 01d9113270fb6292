// Source: OFBiz entity engine (Atlassian's fork ships org.ofbiz.core.*); GenericEntityException extends GeneralException in the OFBiz sources (code search)
// Confidence: [I] superclass of GenericEntityException in Atlassian's fork
// Source: supertype of org.ofbiz.core.entity.GenericValue, which Atlassian's Slack app reads on Jira 10 https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/util/changelog/ChangeLogExtractor.java and Jira 11 https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/util/changelog/ChangeLogExtractor.java
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package org.ofbiz.core.util;

public class GeneralException extends Exception {
    public GeneralException(String message) {
        super(message);
    }
}
