// Source: JSM 10.3.1 javadoc https://docs.atlassian.com/jira-servicedesk/10.3.1/com/atlassian/servicedesk/api/request/CustomerRequestIssueQuery.html ("CustomerRequestIssueQuery query = customerRequestService.newIssueQueryBuilder().issue(issueId).build();") and https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/request/CustomerRequestIssueQuery.Builder.html (Builder: "issue(long issue)", "build()")
// Confidence: [V]
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.servicedesk.api.request;

/** Which customer request to fetch: the one backed by an issue id. */
public interface CustomerRequestIssueQuery {
    long issue();

    interface Builder {
        Builder issue(long issue);

        CustomerRequestIssueQuery build();
    }
}
