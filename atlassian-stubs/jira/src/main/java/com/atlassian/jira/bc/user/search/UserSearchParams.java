// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/user/search/UserSearchParams.html ("This allows you to include or exclude active and inactive users and allow or disallow empty search queries"; constructor "UserSearchParams(boolean allowEmptyQuery, boolean includeActive, boolean includeInactive) Creates user search params")
// Confidence: [C] the three-boolean constructor ([I] for 11.3, as for UserSearchService)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.bc.user.search;

public class UserSearchParams {
    public UserSearchParams(boolean allowEmptyQuery, boolean includeActive, boolean includeInactive) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
