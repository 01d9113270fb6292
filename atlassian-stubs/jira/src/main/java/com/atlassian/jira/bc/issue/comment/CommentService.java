// Source: jira-api-facts.md §5: "Prefer com.atlassian.jira.bc.issue.comment.CommentService.create(ApplicationUser user, Issue issue, String body, boolean dispatchEvent, ErrorCollection errorCollection)" [V] (javadoc latest)
// Confidence: [V]
// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/bc/issue/comment/CommentService.html (Jira 10.3 javadoc of jira-api; no 11.x jira-api javadoc was found in the stored sources, so 11.3 is [I]: a @PublicApi member the Slack app's 10 -> 11 diff does not touch)
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
