// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/query/operand/SingleValueOperand.html (Jira 10.3 javadoc of jira-api: SingleValueOperand(String stringValue), implements Operand)
// Confidence: [V] the constructor; [I] 11.3 unchanged
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.query.operand;

public final class SingleValueOperand implements Operand {
    public SingleValueOperand(String stringValue) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getName() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
