// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/CalculatedCFType.html (@PublicSpi, no-arg constructor; jira-api-facts.md §6); abstract methods as implemented by public CalculatedCFType subclasses (code search: CopyToClipboardCFType, StoryStatusField, GroovioliScriptedField)
// Confidence: [C] getStringFromSingularObject(S), getSingularObjectFromString(String) throws FieldValidationException, getValueFromIssue(CustomField, Issue) are what subclasses implement
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;

public abstract class CalculatedCFType<T, S> extends AbstractCustomFieldType<T, S> {
    public CalculatedCFType() {
    }

    public abstract String getStringFromSingularObject(S singularObject);

    public abstract S getSingularObjectFromString(String string) throws FieldValidationException;

    /** The computed value, or null when the issue has none. */
    public abstract T getValueFromIssue(CustomField field, Issue issue);
}
