// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/query/operand/MultiValueOperand.html (Jira 10.3 javadoc of jira-api: MultiValueOperand(String... stringValues), implements Operand)
// Confidence: [V] the constructor; [I] 11.3 unchanged
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.query.operand;

public final class MultiValueOperand implements Operand {
    public MultiValueOperand(String... stringValues) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getName() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
