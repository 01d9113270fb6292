// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/query/operand/EmptyOperand.html (Jira 10.3 javadoc of jira-api: the constant EmptyOperand.EMPTY, implements Operand)
// Confidence: [V] EMPTY; [I] 11.3 unchanged
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.query.operand;

public final class EmptyOperand implements Operand {
    public static final EmptyOperand EMPTY = new EmptyOperand();

    private EmptyOperand() {
    }

    @Override
    public String getName() {
        return "EMPTY";
    }
}
