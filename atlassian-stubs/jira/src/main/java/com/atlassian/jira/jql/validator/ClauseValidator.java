// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/jql/validator/ClauseValidator.html (Jira 10.3 javadoc of jira-api: MessageSet validate(ApplicationUser searcher, TerminalClause terminalClause))
// Confidence: [V] validate; [I] 11.3 unchanged
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.jql.validator;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;

public interface ClauseValidator {
    MessageSet validate(ApplicationUser searcher, TerminalClause terminalClause);
}
