// Source: JSM 10.3.0 javadoc https://docs.atlassian.com/jira-servicedesk/10.3.0/com/atlassian/servicedesk/api/class-use/ServiceDesk.html ("ServiceDeskService.getServiceDeskById(com.atlassian.jira.user.ApplicationUser user, int serviceDeskId)", "ServiceDeskService.getServiceDeskForProject(ApplicationUser user, Project project)", "ServiceDeskService.getServiceDesks(ApplicationUser user, boolean includeArchived, PagedRequest pagedRequest) Returns a list of service projects a user can view")
// Confidence: [V] names, parameters and return types (ServiceDesk, PagedResponse<ServiceDesk>; since JSM 4 no Either, errors are ServiceDeskServiceException, a runtime exception [I])
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.servicedesk.api;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedRequest;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

/** Service projects as a user may see them (customers see the portals they may use). */
public interface ServiceDeskService {
    ServiceDesk getServiceDeskById(ApplicationUser user, int serviceDeskId);

    ServiceDesk getServiceDeskForProject(ApplicationUser user, Project project);

    PagedResponse<ServiceDesk> getServiceDesks(ApplicationUser user, boolean includeArchived, PagedRequest pagedRequest);
}
