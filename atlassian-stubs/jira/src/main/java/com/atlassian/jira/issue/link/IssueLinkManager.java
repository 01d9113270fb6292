// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html ("@PublicApi
// public interface IssueLinkManager"; void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long
// issueLinkTypeId, Long sequence, ApplicationUser remoteUser) "Constructs a new issuelink from the sourceIssueId to the
// destinationId and persists it"; throws CreateException)
// Confidence: [V] createIssueLink; 11.x [I]: @PublicApi
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;

public interface IssueLinkManager {
    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                         ApplicationUser remoteUser) throws CreateException;
}
