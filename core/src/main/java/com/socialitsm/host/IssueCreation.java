package com.socialitsm.host;

/**
 * Writes to the host's issues on a user's behalf, for the Q&A's "raise an issue from a question" and "copy the
 * accepted answer onto the issue". Optional: only hosts with real issues (Jira, the devhost's demo tracker) provide
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
