package com.socialitsm.host;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What a viewer may see: Jira's BROWSE permission (with issue security levels) in the Jira host, the per-project
 * browse rule in the devhost. A viewer is a user key, or empty for an anonymous request.
 */
public interface AccessPolicy {

    /** The subset of these issue ids that the viewer may browse. */
    Set<Long> browsableIssues(Optional<String> viewer, Collection<Long> issueIds);

    /**
     * The projects in which the viewer may browse every issue. Aggregates (counts, related tags, trending,
     * suggestions) are computed over these projects only, so that no count reveals an issue the viewer cannot see.
     * A project where only some issues are visible (issue security levels) is left out of aggregates.
     */
    Set<Long> fullyBrowsableProjects(Optional<String> viewer);

    /** Whether the viewer may browse the project (at least some issues of it). */
    boolean canBrowseProject(Optional<String> viewer, long projectId);

    boolean isAdmin(Optional<String> viewer);

    /**
     * Whether the viewer works the project's issues (an agent, as opposed to a customer or a reader): in Jira, whoever
     * may be assigned its issues (Assignable User, which Jira Service Management gives its agents and never its
     * customers) or administers the project, and Jira's administrators; in the devhost, the project's lead, the
     * administrators and the demo agents. Agents ask polls, set ideas' statuses and turn ideas into issues.
     */
    boolean isAgent(Optional<String> viewer, long projectId);

    default boolean canBrowse(Optional<String> viewer, long issueId) {
        return browsableIssues(viewer, Set.of(issueId)).contains(issueId);
    }
}
