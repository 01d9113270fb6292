package com.socialitsm.testing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.socialitsm.host.IssueCreation;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;

/**
 * The {@link IssueCreation} port over an {@link InMemoryHost}: created issues appear in the host's directory, comments
 * are kept in a list; users can be barred from writing, as a missing create or comment permission would.
 */
public final class InMemoryIssueCreation implements IssueCreation {
    private final InMemoryHost host;
    private final List<Comment> comments = new CopyOnWriteArrayList<>();
    private final Set<String> barred = ConcurrentHashMap.newKeySet();

    /** A comment the port was asked to add. */
    public record Comment(String issueKey, String author, String body) {
    }

    public InMemoryIssueCreation(InMemoryHost host) {
        this.host = host;
    }

    /** This user may neither create issues nor comment from now on. */
    public void bar(String userKey) {
        barred.add(userKey);
    }

    @Override
    public IssueRef create(ProjectRef project, String summary, String description, String reporter) {
        if (barred.contains(reporter)) {
            throw new Refused("You may not create issues in " + project.key() + ".");
        }
        return host.addIssue(project, summary, description, reporter);
    }

    @Override
    public void comment(String issueKey, String author, String body) {
        if (barred.contains(author)) {
            throw new Refused("You may not comment on " + issueKey + ".");
        }
        comments.add(new Comment(issueKey, author, body));
    }

    public List<Comment> comments() {
        return List.copyOf(comments);
    }
}
