package com.socialitsm.devhost.tracker;

import java.util.Objects;

import com.socialitsm.host.IssueCreation;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;

/**
 * The host's issue writes the app asks for (Q&amp;A: raise an issue from a question, copy an accepted answer as a
 * comment; raise a problem from a spike and link it to the spike's issues), done by the demo tracker as the user — so
 * they reach the engine like every other tracker change. An issue raised from a question is a Service Request.
 */
public final class TrackerIssueCreation implements IssueCreation {
    static final String RAISED_ISSUE_TYPE = "Service Request";

    private final DemoTracker tracker;

    public TrackerIssueCreation(DemoTracker tracker) {
        this.tracker = Objects.requireNonNull(tracker);
    }

    @Override
    public IssueRef create(ProjectRef project, String summary, String description, String reporter) {
        try {
            return tracker.create(reporter, new NewIssue(project.key(), RAISED_ISSUE_TYPE, summary, description, null))
                    .toIssueRef();
        } catch (TrackerException e) {
            throw new Refused(e.getMessage());
        }
    }

    /** An issue of a named type ("Problem" for a problem raised from a spike). */
    @Override
    public IssueRef create(ProjectRef project, String issueType, String summary, String description,
                           String reporter) {
        try {
            return tracker.create(reporter, new NewIssue(project.key(), issueType, summary, description, null))
                    .toIssueRef();
        } catch (TrackerException e) {
            throw new Refused(e.getMessage());
        }
    }

    @Override
    public void link(String fromIssueKey, String toIssueKey, String linkType, String user) {
        try {
            tracker.link(user, fromIssueKey, toIssueKey, linkType);
        } catch (TrackerException e) {
            throw new Refused(e.getMessage());
        }
    }

    @Override
    public void comment(String issueKey, String author, String body) {
        try {
            tracker.comment(author, issueKey, body);
        } catch (TrackerException e) {
            throw new Refused(e.getMessage());
        }
    }
}
