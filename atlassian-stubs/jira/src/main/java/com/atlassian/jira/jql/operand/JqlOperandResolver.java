// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/jql/operand/JqlOperandResolver.html (Jira 10.3 javadoc of jira-api: List<QueryLiteral> getValues(ApplicationUser searcher, Operand operand, TerminalClause terminalClause), boolean isEmptyOperand(Operand)); injected into public searchers as a component (atlascommunity/jira-plugins-groovy, MultiIssueSelectCFSearcher, code search)
// Confidence: [V] both methods; [I] 11.3 unchanged
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.jql.operand;

import java.util.List;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.Operand;

public interface JqlOperandResolver {
    List<QueryLiteral> getValues(ApplicationUser searcher, Operand operand, TerminalClause terminalClause);

    boolean isEmptyOperand(Operand operand);
}
