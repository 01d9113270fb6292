package com.socialitsm.jira.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.servicedesk.api.ServiceDesk;

import com.socialitsm.host.CustomerPortals;
import com.socialitsm.host.PortalRef;

/**
 * The portals as JSM defines them: a portal is a service desk (its id is the portal id of JSM's own portal paths
 * [inferred: JSM DC numbers portals and service desks alike]); who may use it is what
 * {@code ServiceDeskService} shows the user (customers see their portals, agents their projects); agents are
 * {@code ServiceDeskPermissionService.isAgent}; the requests a customer may see are those
 * {@code ServiceDeskCustomerRequestService} returns for them without overriding security (reporter, participant,
 * organization). JSM refuses with runtime exceptions (service desk missing, disabled, not visible): each is a "no".
 */
final class JsmCustomerPortals implements CustomerPortals {
    private static final Logger LOG = LoggerFactory.getLogger(JsmCustomerPortals.class);
    private static final int MAX_PORTALS = 100;

    private final JsmServices jsm;
    private final UserManager userManager;
    private final ProjectManager projectManager;
    private final IssueManager issueManager;

    JsmCustomerPortals(JsmServices jsm, UserManager userManager, ProjectManager projectManager,
                       IssueManager issueManager) {
        this.jsm = jsm;
        this.userManager = userManager;
        this.projectManager = projectManager;
        this.issueManager = issueManager;
    }

    @Override
    public Optional<PortalRef> portal(Optional<String> viewer, long portalId) {
        Optional<ApplicationUser> user = user(viewer);
        if (user.isEmpty() || portalId <= 0 || portalId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return attempt(() -> ref(jsm.serviceDesks().getServiceDeskById(user.get(), (int) portalId)));
    }

    @Override
    public Optional<PortalRef> portalOfProject(long projectId) {
        Project project = projectManager.getProjectObj(projectId);
        if (project == null) {
            return Optional.empty();
        }
        return attempt(() -> ref(jsm.serviceDeskManager().getServiceDeskForProject(project)));
    }

    @Override
    public List<PortalRef> portals(Optional<String> viewer) {
        Optional<ApplicationUser> user = user(viewer);
        if (user.isEmpty()) {
            return List.of();
        }
        List<PortalRef> portals = new ArrayList<>();
        attempt(() -> {
            for (ServiceDesk desk : jsm.serviceDesks().getServiceDesks(user.get(), false,
                    jsm.firstPage(MAX_PORTALS))) {
                portals.add(ref(desk));
            }
            return portals;
        });
        return List.copyOf(portals);
    }

    @Override
    public boolean isAgent(Optional<String> viewer, long portalId) {
        Optional<ApplicationUser> user = user(viewer);
        if (user.isEmpty() || portalId <= 0 || portalId > Integer.MAX_VALUE) {
            return false;
        }
        return attempt(() -> {
            ServiceDesk desk = jsm.serviceDesks().getServiceDeskById(user.get(), (int) portalId);
            return jsm.permissions().isAgent(user.get(), desk);
        }).orElse(false);
    }

    @Override
    public boolean isRequestCustomer(Optional<String> viewer, long issueId) {
        Optional<ApplicationUser> user = user(viewer);
        Issue issue = issueManager.getIssueObject(issueId);
        if (user.isEmpty() || issue == null) {
            return false;
        }
        return attempt(() -> jsm.permissions().isCustomer(user.get(), issue)
                && jsm.requests().getCustomerRequest(user.get(),
                        jsm.requests().newIssueQueryBuilder().issue(issueId).build()) != null).orElse(false);
    }

    private Optional<ApplicationUser> user(Optional<String> viewer) {
        return viewer.map(userManager::getUserByKey).filter(ApplicationUser::isActive);
    }

    private static PortalRef ref(ServiceDesk desk) {
        return new PortalRef(desk.getId(), desk.getProjectId(), desk.getProjectName());
    }

    /** JSM's answer, or empty when it refused (a runtime exception: missing, disabled, not visible). */
    private static <T> Optional<T> attempt(java.util.function.Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException e) {
            LOG.debug("JSM refused: {}", e.toString());
            return Optional.empty();
        }
    }
}
