// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/query/clause/TerminalClauseImpl.html (Jira 10.3 javadoc of jira-api: TerminalClauseImpl(String name, Operator operator, Operand operand))
// Confidence: [V] the constructor; [I] 11.3 unchanged
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.query.clause;

import com.atlassian.query.operand.Operand;
import com.atlassian.query.operator.Operator;

public class TerminalClauseImpl implements TerminalClause {
    public TerminalClauseImpl(String name, Operator operator, Operand operand) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public Operator getOperator() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public Operand getOperand() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
