// Source: JSM 10.3.0 javadoc https://docs.atlassian.com/jira-servicedesk/10.3.0/com/atlassian/servicedesk/api/request/ServiceDeskCustomerRequestService.html (return type of getCustomerRequest; "A service desk customer request", package summary)
// Confidence: [V] the type; the app uses no member of it (only whether JSM returns one)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.servicedesk.api.request;

/** A JSM customer request. */
public interface CustomerRequest {
}
