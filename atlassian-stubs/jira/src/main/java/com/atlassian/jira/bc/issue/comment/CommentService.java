// Source: jira-api-facts.md §5: "Prefer com.atlassian.jira.bc.issue.comment.CommentService.create(ApplicationUser user, Issue issue, String body, boolean dispatchEvent, ErrorCollection errorCollection)" [V] (javadoc latest)
// Confidence: [V]
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.bc.issue.comment;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

public interface CommentService {
    /** Adds a comment as the user, checking their permission; problems go into the error collection. */
    Comment create(ApplicationUser user, Issue issue, String body, boolean dispatchEvent,
                   ErrorCollection errorCollection);
}
