// Source: JSM 10.3.0 javadoc https://docs.atlassian.com/jira-servicedesk/10.3.0/com/atlassian/servicedesk/api/util/paging/package-use.html ("PagedRequest: Specifies the pagination requirements of a request", used by com.atlassian.servicedesk.api)
// Confidence: [V] the type; the app uses no member of it
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.servicedesk.api.util.paging;

/** The page a JSM query asks for. */
public interface PagedRequest {
}
