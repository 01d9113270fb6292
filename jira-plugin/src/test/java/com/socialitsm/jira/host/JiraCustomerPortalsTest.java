package com.socialitsm.jira.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskManager;
import com.atlassian.servicedesk.api.ServiceDeskService;
import com.atlassian.servicedesk.api.permission.ServiceDeskPermissionService;
import com.atlassian.servicedesk.api.request.CustomerRequest;
import com.atlassian.servicedesk.api.request.CustomerRequestIssueQuery;
import com.atlassian.servicedesk.api.request.ServiceDeskCustomerRequestService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

import com.socialitsm.host.CustomerPortals;
import com.socialitsm.host.PortalRef;

/**
 * JSM behind the app's port: without JSM running the app has no portal (and nothing fails); with it, a portal is a
 * service desk the user may see, agents are JSM's agents, and whatever JSM refuses (a runtime exception) is a "no".
 */
class JiraCustomerPortalsTest {
    private final UserManager userManager = mock(UserManager.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final JsmServices jsm = mock(JsmServices.class);
    private final ServiceDeskService serviceDesks = mock(ServiceDeskService.class);
    private final ServiceDeskManager serviceDeskManager = mock(ServiceDeskManager.class);
    private final ServiceDeskPermissionService permissions = mock(ServiceDeskPermissionService.class);
    private final ServiceDeskCustomerRequestService requests = mock(ServiceDeskCustomerRequestService.class);
    private final ApplicationUser erin = user("erin");
    private final ApplicationUser bob = user("bob");
    private final ServiceDesk desk = mock(ServiceDesk.class);
    private CustomerPortals portals;

    @BeforeEach
    void setUp() {
        when(jsm.serviceDesks()).thenReturn(serviceDesks);
        when(jsm.serviceDeskManager()).thenReturn(serviceDeskManager);
        when(jsm.permissions()).thenReturn(permissions);
        when(jsm.requests()).thenReturn(requests);
        when(desk.getId()).thenReturn(3);
        when(desk.getProjectId()).thenReturn(10_000L);
        when(desk.getProjectName()).thenReturn("Service Desk");
        when(serviceDesks.getServiceDeskById(any(), eq(3))).thenReturn(desk);
        when(serviceDesks.getServiceDeskById(any(), eq(4))).thenThrow(new IllegalStateException("not visible"));
        when(permissions.isAgent(bob, desk)).thenReturn(true);
        portals = new JsmCustomerPortals(jsm, userManager, projectManager, issueManager);
    }

    private ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.isActive()).thenReturn(true);
        when(userManager.getUserByKey(key)).thenReturn(user);
        return user;
    }

    @Test
    void withoutJsmRunningThereIsNoPortalAndNothingFails() {
        // The stubs' ComponentAccessor throws, as no JSM service can be found: the app runs without portals.
        CustomerPortals none = new JiraCustomerPortals(userManager, projectManager, issueManager);
        assertThat(none.portal(Optional.of("erin"), 3)).isEmpty();
        assertThat(none.portals(Optional.of("erin"))).isEmpty();
        assertThat(none.isAgent(Optional.of("bob"), 3)).isFalse();
        assertThat(none.portalOfProject(10_000L)).isEmpty();
        assertThat(none.isRequestCustomer(Optional.of("erin"), 1L)).isFalse();
    }

    @Test
    void aPortalIsAServiceDeskTheUserMaySee() {
        assertThat(portals.portal(Optional.of("erin"), 3)).contains(new PortalRef(3, 10_000L, "Service Desk"));
        assertThat(portals.portal(Optional.of("erin"), 4)).isEmpty();
        assertThat(portals.portal(Optional.empty(), 3)).isEmpty();
        assertThat(portals.portal(Optional.of("nobody"), 3)).isEmpty();
        assertThat(portals.portal(Optional.of("erin"), Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void agentsAreJsmsAgents() {
        assertThat(portals.isAgent(Optional.of("bob"), 3)).isTrue();
        assertThat(portals.isAgent(Optional.of("erin"), 3)).isFalse();
        assertThat(portals.isAgent(Optional.of("bob"), 4)).isFalse();
        assertThat(portals.isAgent(Optional.empty(), 3)).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUsersPortalsAreTheServiceDesksJsmListsForThem() {
        PagedResponse<ServiceDesk> page = mock(PagedResponse.class);
        when(page.iterator()).thenAnswer(invocation -> List.of(desk).iterator());
        when(serviceDesks.getServiceDesks(eq(erin), anyBoolean(), any())).thenReturn(page);
        when(jsm.firstPage(100)).thenReturn(mock(com.atlassian.servicedesk.api.util.paging.PagedRequest.class));
        assertThat(portals.portals(Optional.of("erin"))).containsExactly(new PortalRef(3, 10_000L, "Service Desk"));
        assertThat(portals.portals(Optional.empty())).isEmpty();
    }

    @Test
    void aProjectsPortalComesFromTheServiceDeskManager() {
        Project project = mock(Project.class);
        when(projectManager.getProjectObj(10_000L)).thenReturn(project);
        when(serviceDeskManager.getServiceDeskForProject(project)).thenReturn(desk);
        assertThat(portals.portalOfProject(10_000L)).contains(new PortalRef(3, 10_000L, "Service Desk"));
        assertThat(portals.portalOfProject(1L)).isEmpty();
    }

    @Test
    void aRequestsCustomerIsWhomJsmCallsOneAndShowsTheRequestTo() {
        MutableIssue issue = mock(MutableIssue.class);
        when(issueManager.getIssueObject(7L)).thenReturn(issue);
        CustomerRequestIssueQuery.Builder builder = mock(CustomerRequestIssueQuery.Builder.class);
        CustomerRequestIssueQuery query = mock(CustomerRequestIssueQuery.class);
        when(requests.newIssueQueryBuilder()).thenReturn(builder);
        when(builder.issue(7L)).thenReturn(builder);
        when(builder.build()).thenReturn(query);
        when(permissions.isCustomer(erin, issue)).thenReturn(true);
        when(requests.getCustomerRequest(erin, query)).thenReturn(mock(CustomerRequest.class));
        ApplicationUser frank = user("frank");
        when(permissions.isCustomer(frank, issue)).thenReturn(true);
        when(requests.getCustomerRequest(frank, query)).thenThrow(new IllegalStateException("not yours"));

        assertThat(portals.isRequestCustomer(Optional.of("erin"), 7L)).isTrue();
        assertThat(portals.isRequestCustomer(Optional.of("frank"), 7L)).isFalse();
        assertThat(portals.isRequestCustomer(Optional.of("bob"), 7L)).isFalse();
        assertThat(portals.isRequestCustomer(Optional.of("erin"), 8L)).isFalse();
    }
}
