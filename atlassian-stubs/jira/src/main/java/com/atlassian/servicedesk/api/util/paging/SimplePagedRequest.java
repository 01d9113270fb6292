// Source: JSM 10.1.2 javadoc https://docs.atlassian.com/jira-servicedesk/10.1.2/com/atlassian/servicedesk/api/util/paging/SimplePagedRequest.html ("public static PagedRequest paged(int start, int limit) A page request of the specified start and limit"; "public class SimplePagedRequest extends Object implements PagedRequest")
// Confidence: [V] on 10.1.2; [I] unchanged in 10.3/11.3 (the package is listed in the 10.3.0 package-use page)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.servicedesk.api.util.paging;

/** A page of the given start and size. */
public class SimplePagedRequest implements PagedRequest {
    public SimplePagedRequest(int start, int limit) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static PagedRequest paged(int start, int limit) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
