// Source: JSM javadoc (current DC line) https://docs.atlassian.com/jira-servicedesk/server/com/atlassian/servicedesk/api/permission/ServiceDeskPermissionService.html ("boolean isAgent(com.atlassian.jira.user.ApplicationUser user, ServiceDesk serviceDesk)", "boolean isCustomer(com.atlassian.jira.user.ApplicationUser user, com.atlassian.jira.issue.Issue issue)"; "WARNING: this interface is experimental"); same boolean signatures in https://docs.atlassian.com/jira-servicedesk/4.17.0/com/atlassian/servicedesk/api/permission/ServiceDeskPermissionService.html
// Confidence: [V] members on the current javadoc; [I] that 10.3 and 11.3 have them unchanged (platform-8.md lists isCustomer/isAgent for 10.3.x/11.3.1). Experimental: the app uses it only behind its own CustomerPortals port.
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.servicedesk.api.permission;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDesk;

/** Experimental in JSM: who is an agent of a service project, who is a customer of a request. */
public interface ServiceDeskPermissionService {
    boolean isAgent(ApplicationUser user, ServiceDesk serviceDesk);

    boolean isCustomer(ApplicationUser user, Issue issue);
}
