package com.socialitsm.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.socialitsm.host.CustomerPortals;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.PortalRef;
import com.socialitsm.host.ProjectRef;

/**
 * Customer portals for tests, as JSM defines them: a portal per service project, its agents, its customers (a user
 * list; JSM's "customers the project's team added"), and the customers of each request (reporter, participants).
 */
public final class InMemoryPortals implements CustomerPortals {
    private final Map<Long, PortalRef> portals = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> agents = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> customers = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> requestCustomers = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public PortalRef addPortal(ProjectRef project, Set<String> agentKeys, Set<String> customerKeys) {
        PortalRef portal = new PortalRef(ids.incrementAndGet(), project.id(), project.name());
        portals.put(portal.id(), portal);
        agents.put(portal.id(), Set.copyOf(agentKeys));
        customers.put(portal.id(), Set.copyOf(customerKeys));
        return portal;
    }

    public void addRequestCustomers(IssueRef request, String... userKeys) {
        requestCustomers.put(request.id(), Set.of(userKeys));
    }

    @Override
    public Optional<PortalRef> portal(Optional<String> viewer, long portalId) {
        return Optional.ofNullable(portals.get(portalId)).filter(p -> mayUse(viewer, p.id()));
    }

    @Override
    public Optional<PortalRef> portalOfProject(long projectId) {
        return portals.values().stream().filter(p -> p.projectId() == projectId).findFirst();
    }

    @Override
    public List<PortalRef> portals(Optional<String> viewer) {
        List<PortalRef> result = new ArrayList<>();
        portals.values().stream().filter(p -> mayUse(viewer, p.id())).forEach(result::add);
        return result;
    }

    @Override
    public boolean isAgent(Optional<String> viewer, long portalId) {
        return viewer.map(agents.getOrDefault(portalId, Set.of())::contains).orElse(false);
    }

    @Override
    public boolean isRequestCustomer(Optional<String> viewer, long issueId) {
        return viewer.map(requestCustomers.getOrDefault(issueId, Set.of())::contains).orElse(false);
    }

    private boolean mayUse(Optional<String> viewer, long portalId) {
        return isAgent(viewer, portalId) || viewer.map(customers.getOrDefault(portalId, Set.of())::contains)
                .orElse(false);
    }
}
