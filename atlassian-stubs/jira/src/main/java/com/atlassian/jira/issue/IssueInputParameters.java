// Source: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html (@PublicApi interface, built by IssueService.newIssueInputParameters()); the fluent calls setProjectId(Long).setIssueTypeId(String).setSummary(String).setDescription(String) and setApplyDefaultValuesWhenParameterNotProvided(boolean) in public plugins (code search)
// Confidence: [V] the interface; [C] the five setters and their fluent return type
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue;

public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setApplyDefaultValuesWhenParameterNotProvided(boolean applyDefaultValuesWhenParameterNotProvided);
}
