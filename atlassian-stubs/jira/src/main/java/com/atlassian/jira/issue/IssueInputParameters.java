// Source: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html (@PublicApi interface, built by IssueService.newIssueInputParameters()); the fluent calls setProjectId(Long).setIssueTypeId(String).setSummary(String).setDescription(String) in public plugins (code search); setApplyDefaultValuesWhenParameterNotProvided(boolean) returns void: public implementations of the interface declare "public void setApplyDefaultValuesWhenParameterNotProvided(boolean arg0)" with @Override (code search), and every public caller uses it as a statement, never in the chain
// Confidence: [V] the interface; [C] the four fluent setters; [C] the void setter
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue;

public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    void setApplyDefaultValuesWhenParameterNotProvided(boolean applyDefaultValuesWhenParameterNotProvided);
}
