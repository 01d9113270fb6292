// Source: https://docs.atlassian.com/jira/7.0.4/com/atlassian/jira/bc/user/search/UserSearchService.html (@PublicApi interface: "List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams) Get Users based on a query string", "boolean canPerformAjaxSearch(ApplicationUser user) Determines whether the given user could perform AJAX search")
// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/user/search/UserPickerSearchService.html (the same two members on the deprecated predecessor, "use UserSearchService instead. Since v7.0") and https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/user/search/DefaultUserPickerSearchService.html (implements UserSearchService)
// Source: called as userSearchService.findUsers(query, new UserSearchParams(false, true, false)) by public Jira plugins and ScriptRunner scripts (code search)
// Confidence: [C] both members on Jira 10 ([I] for 11.3: a @PublicApi member since 7.0; no 11.x javadoc of it in the stored sources)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.bc.user.search;

import java.util.List;

import com.atlassian.jira.user.ApplicationUser;

public interface UserSearchService {
    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);

    boolean canPerformAjaxSearch(ApplicationUser user);
}
