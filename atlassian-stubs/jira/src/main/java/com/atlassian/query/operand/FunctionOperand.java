// Source: jira-api-facts.md §7 (com.atlassian.query.operand.FunctionOperand, List<String> getArgs()); public ProjectsFunction (code search) calls operand.getArgs()
// Confidence: [V] getArgs(); [I] class implementing Operand
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.query.operand;

import java.util.List;

public class FunctionOperand implements Operand {
    public FunctionOperand(String name, List<String> args) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public List<String> getArgs() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
