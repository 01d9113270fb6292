// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/CalculatedCFType.html (@PublicSpi, no-arg constructor; jira-api-facts.md §6); abstract methods as implemented by public CalculatedCFType subclasses (code search: CopyToClipboardCFType, StoryStatusField, GroovioliScriptedField)
// Confidence: [V] CalculatedCFType<T,S> extends AbstractCustomFieldType<T,S> (jira-api-facts.md §6: AbstractMultiCFType extends AbstractCustomFieldType<Collection<S>,S>)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.customfields.CustomFieldType;

public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {
}
