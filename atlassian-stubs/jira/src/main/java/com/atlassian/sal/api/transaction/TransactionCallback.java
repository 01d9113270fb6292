// Source: AO-IFACE (jira-api-facts.md §3.1): <T> T executeInTransaction(com.atlassian.sal.api.transaction.TransactionCallback<T>); https://docs.atlassian.com/sal-parent/3.0.0/apidocs/
// Confidence: [C] the type; [I] the single method T doInTransaction() (used as a lambda by the app)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {
    T doInTransaction();
}
