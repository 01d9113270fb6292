// Source: getComments(Issue) -> List<Comment>, "This will return all comments for a given issue ... does not perform
// any permission checks" (jira-api's @PublicApi com.atlassian.jira.issue.comments.CommentManager, as found by code
// search); called as commentMgr.getComments(issue) after ComponentAccessor.getCommentManager() in
// https://github.com/sparxsys/ScriptRunner-Scripts/blob/master/jira_server/numberOfComments.groovy
// Confidence: [C] getComments(Issue)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.comments;

import java.util.List;

import com.atlassian.jira.issue.Issue;

public interface CommentManager {
    List<Comment> getComments(Issue issue);
}
