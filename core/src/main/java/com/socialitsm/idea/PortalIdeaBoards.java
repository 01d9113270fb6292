package com.socialitsm.idea;

import java.util.Objects;
import java.util.Optional;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.CustomerPortals;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.PortalRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.settings.Settings;

/**
 * Idea boards on the customer portal: an agent of a project opens its board to the customers of the project's portal
 * (a setting per project, {@code ideas.portal-open.<projectId>}, by id so that it survives a key change); then whoever
 * may use that portal (its customers, through the host's {@link CustomerPortals}) sees the board's ideas and votes on
 * them. Nothing else: a closed board, another portal's board, a portal the caller may not use and a missing idea are
 * all the same {@code not_found}. Customers read an idea as the board shows it; voting does not make them follow it
 * (they have no feed).
 */
public final class PortalIdeaBoards {
    static final String SETTING_PREFIX = "ideas.portal-open.";

    private final IdeaService ideas;
    private final Settings settings;
    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final CustomerPortals portals;

    public PortalIdeaBoards(IdeaService ideas, Settings settings, IssueDirectory issues, AccessPolicy access,
                            CustomerPortals portals) {
        this.ideas = Objects.requireNonNull(ideas);
        this.settings = Objects.requireNonNull(settings);
        this.issues = Objects.requireNonNull(issues);
        this.access = Objects.requireNonNull(access);
        this.portals = Objects.requireNonNull(portals);
    }

    /** Whether the board of a project the viewer may browse is open to its portal; {@code not_found} otherwise. */
    public Outcome<BoardOpening> opening(Optional<String> viewer, String projectKey) {
        Optional<ProjectRef> project = browsable(viewer, projectKey);
        if (project.isEmpty()) {
            return notFound();
        }
        return Outcome.done(openingOf(viewer, project.get()));
    }

    /**
     * An agent of the project opens its board to the portal's customers, or closes it again. Refused for a hidden or
     * missing project ({@code not_found}), anyone but an agent ({@code forbidden}) and a project without a portal
     * ({@code bad_request}).
     */
    public Outcome<BoardOpening> openToPortal(String agent, String projectKey, boolean open) {
        Optional<String> viewer = Optional.of(agent);
        Optional<ProjectRef> project = browsable(viewer, projectKey);
        if (project.isEmpty()) {
            return notFound();
        }
        if (!access.isAgent(viewer, project.get().id())) {
            return Outcome.refused(Problem.FORBIDDEN, "forbidden",
                    "Only agents of the project may open its idea board to the portal.");
        }
        if (portals.portalOfProject(project.get().id()).isEmpty()) {
            return Outcome.refused(Problem.INVALID, "bad_request", "Project " + project.get().key()
                    + " has no customer portal.");
        }
        settings.put(SETTING_PREFIX + project.get().id(), Boolean.toString(open));
        return Outcome.done(openingOf(viewer, project.get()));
    }

    /**
     * Whether the board behind a portal the viewer may use is open to it (so the portal page asks for the board only
     * when there is one); {@code not_found} for a portal the viewer may not use.
     */
    public Outcome<Boolean> isOpenOnPortal(Optional<String> viewer, long portalId) {
        Optional<PortalRef> portal = portals.portal(viewer, portalId);
        if (portal.isEmpty()) {
            return notFound();
        }
        return Outcome.done(isOpen(portal.get().projectId()));
    }

    /** The open board of the portal, for a viewer who may use the portal; {@code not_found} otherwise. */
    public Outcome<IdeaPage> board(Optional<String> viewer, long portalId, IdeaSort sort, Optional<String> cursor,
                                   int limit) {
        Optional<PortalRef> portal = portals.portal(viewer, portalId);
        if (portal.isEmpty() || !isOpen(portal.get().projectId())) {
            return notFound();
        }
        Optional<ProjectRef> project = issues.projectById(portal.get().projectId());
        if (project.isEmpty()) {
            return notFound();
        }
        return ideas.page(viewer, project.get(), sort, cursor, limit);
    }

    /** An idea of an open board of a portal the viewer may use. */
    public Outcome<IdeaDetail> idea(Optional<String> viewer, long ideaId) {
        return ideas.get(viewer, ideaId, this::admits);
    }

    /** A customer's vote (one per person, exact under races, as every idea vote). */
    public Outcome<IdeaVotes> vote(String customer, long ideaId) {
        return ideas.vote(customer, ideaId, this::admits, false);
    }

    public Outcome<IdeaVotes> unvote(String customer, long ideaId) {
        return ideas.unvote(customer, ideaId, this::admits);
    }

    /** Whether the project's board is open to its portal's customers. */
    public boolean isOpen(long projectId) {
        return settings.get(SETTING_PREFIX + projectId).map(Boolean::parseBoolean).orElse(false);
    }

    /** The portal gate: the board is open, and the viewer may use the portal of the idea's project. */
    private boolean admits(Optional<String> viewer, long projectId) {
        Optional<PortalRef> portal = portals.portalOfProject(projectId);
        return portal.isPresent() && portals.portal(viewer, portal.get().id()).isPresent() && isOpen(projectId);
    }

    private BoardOpening openingOf(Optional<String> viewer, ProjectRef project) {
        return new BoardOpening(project.key(), portals.portalOfProject(project.id()).isPresent(), isOpen(project.id()),
                access.isAgent(viewer, project.id()));
    }

    private Optional<ProjectRef> browsable(Optional<String> viewer, String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return Optional.empty();
        }
        return issues.projectByKey(projectKey.trim()).filter(p -> access.canBrowseProject(viewer, p.id()));
    }

    private static <T> Outcome<T> notFound() {
        return Outcome.refused(Problem.NOT_FOUND, "not_found", "There is no such idea or board that you may see.");
    }
}
