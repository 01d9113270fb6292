package com.socialitsm.devhost.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.socialitsm.devhost.tracker.DemoTracker;
import com.socialitsm.devhost.tracker.NewIssue;
import com.socialitsm.devhost.tracker.PortalCustomers;
import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.host.CustomerPortals;
import com.socialitsm.host.PortalRef;

/**
 * What the devhost's JSM side (portal pages, {@code /rest/servicedeskapi}) may show whom, on the app's port
 * {@link CustomerPortals}: a request (an issue of a portal's project) is visible to its customer (reporter) and to the
 * portal's agents who may browse it; to anyone else it is missing. Customers browse no project, so their requests are
 * raised through {@link DemoTracker#raiseRequest}; agents raise them as any issue.
 */
final class PortalAccess {
    /** A JSM request type of the devhost's portal, backed by an issue type. */
    public record RequestType(long id, String name, String description, String issueType) {
    }

    /** The portal's request types (JSM numbers them per instance; the devhost's are fixed). */
    static final List<RequestType> REQUEST_TYPES = List.of(
            new RequestType(1, "Get IT help", "Ask for help with something that does not work.", "Service Request"),
            new RequestType(2, "Report a problem", "Something is broken or down.", "Incident"));

    private final DemoTracker tracker;
    private final CustomerPortals portals;

    PortalAccess(DemoTracker tracker, CustomerPortals portals) {
        this.tracker = tracker;
        this.portals = portals;
    }

    static Optional<RequestType> requestType(long id) {
        return REQUEST_TYPES.stream().filter(t -> t.id() == id).findFirst();
    }

    static RequestType requestTypeOf(TrackerIssue issue) {
        return REQUEST_TYPES.stream().filter(t -> t.issueType().equals(issue.type())).findFirst()
                .orElse(REQUEST_TYPES.get(0));
    }

    boolean isCustomer(String user) {
        return PortalCustomers.isCustomer(user);
    }

    List<PortalRef> portals(Optional<String> viewer) {
        return portals.portals(viewer);
    }

    Optional<PortalRef> portal(Optional<String> viewer, long portalId) {
        return portals.portal(viewer, portalId);
    }

    String projectKey(PortalRef portal) {
        return tracker.project(portal.projectId()).map(p -> p.key()).orElse("");
    }

    /** The request, if it is one (an issue of a portal the user may use) and the user is its customer or an agent. */
    Optional<TrackerIssue> visibleRequest(String user, String key) {
        Optional<String> viewer = Optional.of(user);
        Optional<TrackerIssue> issue = tracker.issueForPortal(key);
        if (issue.isEmpty()) {
            return Optional.empty();
        }
        Optional<PortalRef> portal = portals.portalOfProject(issue.get().project().id())
                .flatMap(p -> portals.portal(viewer, p.id()));
        if (portal.isEmpty()) {
            return Optional.empty();
        }
        if (isCustomer(user)) {
            return portals.isRequestCustomer(viewer, issue.get().id()) ? issue : Optional.empty();
        }
        return portals.isAgent(viewer, portal.get().id()) ? tracker.issue(viewer, issue.get().key()) : Optional.empty();
    }

    /** The requests the user raised, on every portal they may use, newest first. */
    List<TrackerIssue> requestsOf(String user) {
        List<TrackerIssue> mine = new ArrayList<>();
        for (PortalRef portal : portals.portals(Optional.of(user))) {
            mine.addAll(tracker.reportedBy(user, projectKey(portal)));
        }
        return mine;
    }

    /** Raises a request on the portal (which the caller has checked the user may use), the user as reporter. */
    TrackerIssue raise(String user, PortalRef portal, RequestType type, String summary, String description) {
        String projectKey = projectKey(portal);
        if (isCustomer(user)) {
            return tracker.raiseRequest(user, projectKey, type.issueType(), summary, description);
        }
        return tracker.create(user, new NewIssue(projectKey, type.issueType(), summary, description, null));
    }
}
