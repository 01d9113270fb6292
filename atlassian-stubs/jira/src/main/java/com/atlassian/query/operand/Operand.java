// Source: QueryLiteral(Operand, ...) constructors; FunctionOperand implements Operand (jira-api javadoc, com.atlassian.query.operand)
// Confidence: [I] FunctionOperand is an Operand (it is passed to QueryLiteral's Operand parameter in the cited public functions)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.query.operand;

public interface Operand {
    String getName();
}
