// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html (returns
// IssueLinkType); IssueLink.getLinkTypeId() -> Long and IssueLink.getIssueLinkType() in
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html; getId()/getName() of the link type
// Confidence: [C] getId(), getName() (the type's id is what createIssueLink takes); 11.x [I]: @PublicApi
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.link;

public interface IssueLinkType {
    Long getId();

    String getName();
}
