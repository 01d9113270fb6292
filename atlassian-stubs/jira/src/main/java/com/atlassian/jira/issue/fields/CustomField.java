// Source: parameter type of CalculatedCFType.getValueFromIssue(CustomField, Issue) in public plugins (code search, e.g. a CopyToClipboardCFType)
// Confidence: [C] the type; no members are used
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.fields;

public interface CustomField {
}
