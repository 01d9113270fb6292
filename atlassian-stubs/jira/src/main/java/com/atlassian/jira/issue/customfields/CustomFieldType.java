// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/CalculatedCFType.html (@PublicSpi, no-arg constructor; jira-api-facts.md §6); abstract methods as implemented by public CalculatedCFType subclasses (code search: CopyToClipboardCFType, StoryStatusField, GroovioliScriptedField)
// Confidence: [V] the type parameters <T, S>; [U] members: none declared (CalculatedCFType implements all of them in Jira)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.customfields;

public interface CustomFieldType<T, S> {
}
