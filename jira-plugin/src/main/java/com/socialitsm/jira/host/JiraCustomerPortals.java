package com.socialitsm.jira.host;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.util.UserManager;

import com.socialitsm.host.CustomerPortals;
import com.socialitsm.host.PortalRef;

/**
 * The customer portal in Jira: Jira Service Management's when it is installed and running, else
 * {@link CustomerPortals#NONE} (no portal exists, the portal resources answer 404, everything else works). JSM's API
 * is on the class path only when JSM is installed (its packages are optional imports), so this class never names a
 * JSM type: it checks once whether JSM's API can be loaded, and on every call whether JSM's services are up (JSM
 * can be disabled at any time), and only then goes through {@link JsmCustomerPortals}.
 */
@Named("jiraCustomerPortals")
public final class JiraCustomerPortals implements CustomerPortals {
    static final String JSM_API_CLASS = "com.atlassian.servicedesk.api.ServiceDeskService";

    private final Optional<JsmServices> jsm;
    private final Optional<CustomerPortals> portals;

    @Inject
    public JiraCustomerPortals(UserManager userManager, ProjectManager projectManager, IssueManager issueManager) {
        this.jsm = jsmApiPresent() ? Optional.of(new JsmServices()) : Optional.empty();
        this.portals = jsm.map(services -> new JsmCustomerPortals(services, userManager, projectManager,
                issueManager));
    }

    private static boolean jsmApiPresent() {
        try {
            Class.forName(JSM_API_CLASS, false, JiraCustomerPortals.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** JSM's portals while JSM runs, else none. */
    private CustomerPortals current() {
        return jsm.filter(JsmServices::available).flatMap(services -> portals).orElse(CustomerPortals.NONE);
    }

    @Override
    public Optional<PortalRef> portal(Optional<String> viewer, long portalId) {
        return current().portal(viewer, portalId);
    }

    @Override
    public Optional<PortalRef> portalOfProject(long projectId) {
        return current().portalOfProject(projectId);
    }

    @Override
    public List<PortalRef> portals(Optional<String> viewer) {
        return current().portals(viewer);
    }

    @Override
    public boolean isAgent(Optional<String> viewer, long portalId) {
        return current().isAgent(viewer, portalId);
    }

    @Override
    public boolean isRequestCustomer(Optional<String> viewer, long issueId) {
        return current().isRequestCustomer(viewer, issueId);
    }
}
