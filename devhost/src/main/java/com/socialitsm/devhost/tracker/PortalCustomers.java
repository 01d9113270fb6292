package com.socialitsm.devhost.tracker;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.CustomerPortals;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.PortalRef;
import com.socialitsm.host.ProjectRef;

/**
 * The devhost's customer portal, shaped like JSM's: one portal, on project SD (its id is the project's id); its
 * customers are the portal-only users {@link #NAMES} (unlicensed in JSM: they browse no project, so the agents' issue
 * view and Jira's REST are closed to them); its agents are the users who may browse SD; a request's customer is its
 * reporter (the devhost has no participants or organizations).
 */
public final class PortalCustomers implements CustomerPortals {
    /** The portal-only users (password = name), as JSM's customers. */
    public static final Set<String> NAMES = Set.of("erin", "frank");
    public static final String PORTAL_PROJECT = "SD";

    private final IssueDirectory issues;
    private final AccessPolicy access;

    public PortalCustomers(IssueDirectory issues, AccessPolicy access) {
        this.issues = issues;
        this.access = access;
    }

    public static boolean isCustomer(String userName) {
        return NAMES.contains(userName);
    }

    private Optional<PortalRef> thePortal() {
        return issues.projectByKey(PORTAL_PROJECT).map(PortalCustomers::ref);
    }

    private static PortalRef ref(ProjectRef project) {
        return new PortalRef(project.id(), project.id(), project.name());
    }

    @Override
    public Optional<PortalRef> portal(Optional<String> viewer, long portalId) {
        return thePortal().filter(p -> p.id() == portalId).filter(p -> mayUse(viewer, p));
    }

    @Override
    public Optional<PortalRef> portalOfProject(long projectId) {
        return thePortal().filter(p -> p.projectId() == projectId);
    }

    @Override
    public List<PortalRef> portals(Optional<String> viewer) {
        return thePortal().filter(p -> mayUse(viewer, p)).map(List::of).orElse(List.of());
    }

    @Override
    public boolean isAgent(Optional<String> viewer, long portalId) {
        return viewer.isPresent() && !isCustomer(viewer.get())
                && thePortal().filter(p -> p.id() == portalId).map(p -> access.canBrowseProject(viewer, p.projectId()))
                        .orElse(false);
    }

    @Override
    public boolean isRequestCustomer(Optional<String> viewer, long issueId) {
        return viewer.filter(PortalCustomers::isCustomer).isPresent()
                && issues.byId(issueId).filter(i -> i.projectKey().equals(PORTAL_PROJECT))
                        .flatMap(i -> i.reporter()).equals(viewer);
    }

    private boolean mayUse(Optional<String> viewer, PortalRef portal) {
        return viewer.filter(PortalCustomers::isCustomer).isPresent() || isAgent(viewer, portal.id());
    }
}
