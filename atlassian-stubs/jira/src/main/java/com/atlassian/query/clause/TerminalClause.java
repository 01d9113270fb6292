// Source: jira-api-facts.md §7 (com.atlassian.query.clause.TerminalClause parameter of validate/getValues)
// Confidence: [V] the type; getName(), getOperator(), getOperand() (https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/query/clause/TerminalClause.html, Jira 10.3 javadoc of jira-api; getName() from Clause)
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/servicedesk/DefaultServiceDeskCompatibilityHelper.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/servicedesk/DefaultServiceDeskCompatibilityHelper.java
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.query.clause;

import com.atlassian.query.operand.Operand;
import com.atlassian.query.operator.Operator;

public interface TerminalClause {
    String getName();

    Operator getOperator();

    Operand getOperand();
}
