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

    private final List<Link> links = new CopyOnWriteArrayList<>();
    private final List<String> createdTypes = new CopyOnWriteArrayList<>();

    /** A link the port was asked to add. */
    public record Link(String from, String to, String type, String user) {
    }

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
    public IssueRef create(ProjectRef project, String issueType, String summary, String description,
                           String reporter) {
        IssueRef created = create(project, summary, description, reporter);
        createdTypes.add(issueType);
        return created;
    }

    /** Links as the host would: both issues must be ones the user may browse. */
    @Override
    public void link(String fromIssueKey, String toIssueKey, String linkType, String user) {
        java.util.Optional<IssueRef> from = host.byKey(fromIssueKey);
        java.util.Optional<IssueRef> to = host.byKey(toIssueKey);
        if (barred.contains(user) || from.isEmpty() || to.isEmpty()
                || !host.canBrowse(java.util.Optional.of(user), from.get().id())
                || !host.canBrowse(java.util.Optional.of(user), to.get().id())) {
            throw new Refused("You may not link " + fromIssueKey + " to " + toIssueKey + ".");
        }
        links.add(new Link(fromIssueKey, toIssueKey, linkType, user));
    }

    public List<Link> links() {
        return List.copyOf(links);
    }

    /** The issue types asked for by typed creations, in order. */
    public List<String> createdTypes() {
        return List.copyOf(createdTypes);
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
