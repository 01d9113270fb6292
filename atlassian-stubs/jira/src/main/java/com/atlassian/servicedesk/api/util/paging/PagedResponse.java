// Source: JSM 10.2.0 javadoc https://docs.atlassian.com/jira-servicedesk/10.2.0/com/atlassian/servicedesk/api/util/paging/package-tree.html ("java.lang.Iterable<T> - com.atlassian.servicedesk.api.util.paging.PagedResponse<T>"); used by ServiceDeskService in 10.3.0 https://docs.atlassian.com/jira-servicedesk/10.3.0/com/atlassian/servicedesk/api/util/paging/package-use.html
// Confidence: [V] that it is an Iterable of its results; the app only iterates it
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.servicedesk.api.util.paging;

/** One page of a JSM answer. */
public interface PagedResponse<T> extends Iterable<T> {
}
