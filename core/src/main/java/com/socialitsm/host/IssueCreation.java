package com.socialitsm.host;

/**
 * Writes to the host's issues on a user's behalf, for the Q&A's "raise an issue from a question" and "copy the
 * accepted answer onto the issue", and for "raise a problem from a spike" (an issue of a chosen type, linked to the
 * spike's issues). Optional: only hosts with real issues (Jira, the devhost's demo tracker) provide
 * it. The host applies its own permissions for the acting user and creates the issue or comment as that user, so
 * its own events (and through them the engine) see an ordinary create or comment.
 */
public interface IssueCreation {

    /**
     * Creates an issue in the project, reported by {@code reporter}.
     *
     * @throws Refused if the reporter may not create issues there
     */
    IssueRef create(ProjectRef project, String summary, String description, String reporter);

    /**
     * Creates an issue of the named type (e.g. "Problem") in the project, reported by {@code reporter}. A host that
     * has no such type in the project refuses. Hosts that predate typed creation create their default type.
     *
     * @throws Refused if the reporter may not create issues there, or the project has no such issue type
     */
    default IssueRef create(ProjectRef project, String issueType, String summary, String description,
                            String reporter) {
        return create(project, summary, description, reporter);
    }

    /**
     * Links two issues with the host's issue link type of that name ("Relates", "Problem/Incident"), {@code from} as
     * the link's source (outward), as {@code user}. Linking twice is harmless (the host keeps one link).
     *
     * @throws Refused if the user may not link these issues, or there is no such link type
     */
    default void link(String fromIssueKey, String toIssueKey, String linkType, String user) {
        throw new Refused("This host cannot link issues.");
    }

    /**
     * Adds a comment to the issue as {@code author}.
     *
     * @throws Refused if the author may not comment on it
     */
    void comment(String issueKey, String author, String body);

    /** The host refused the write for the acting user (no create or comment permission). */
    final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}
