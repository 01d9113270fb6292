// Source: JSM 10.3.0 javadoc https://docs.atlassian.com/jira-servicedesk/10.3.0/com/atlassian/servicedesk/api/request/ServiceDeskCustomerRequestService.html ("getCustomerRequest(com.atlassian.jira.user.ApplicationUser user, CustomerRequestIssueQuery customerRequestIssueQuery) Retrieve a CustomerRequest that matches the issueID"; "Get the builder to build CustomerRequestIssueQuery" = newIssueQueryBuilder(), named in https://docs.atlassian.com/jira-servicedesk/4.13.20/com/atlassian/servicedesk/api/request/class-use/CustomerRequestIssueQuery.Builder.html)
// Confidence: [V] both members; [I] that a refused request is a ServiceDeskServiceException (runtime), as for the other JSM services
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.servicedesk.api.request;

import com.atlassian.jira.user.ApplicationUser;

/** Customer requests as a user may see them (a customer: those they are involved in). */
public interface ServiceDeskCustomerRequestService {
    CustomerRequestIssueQuery.Builder newIssueQueryBuilder();

    CustomerRequest getCustomerRequest(ApplicationUser user, CustomerRequestIssueQuery customerRequestIssueQuery);
}
