package com.socialitsm.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.store.Store;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.MutableClock;

/**
 * A real {@link SocialApp} on a test store with an in-memory host, driven the way hosts drive it: issue changes go
 * through the engine (so the real hashtag, follow, activity and kudos handlers run), everything else through the
 * services. Reliability tests build their data with it so that every table holds rows the product itself wrote.
 */
public final class SocialWorld {
    public static final Instant START = Instant.parse("2024-05-06T09:00:00Z");

    public final InMemoryHost host = new InMemoryHost();
    /** Moves one minute per change, so every row has its own time and days roll over now and then. */
    public final MutableClock clock = new MutableClock(START, Duration.ofMinutes(1));
    public final SocialApp app;
    private final AtomicInteger changes = new AtomicInteger();

    public SocialWorld(Store store) {
        this.app = new SocialApp(store, clock, host, host, host);
    }

    public IssueRef create(ProjectRef project, String summary, String description, String reporter) {
        IssueRef issue = host.addIssue(project, summary, description, reporter);
        handle(IssueChange.of(nextChangeId(), issue, reporter, IssueChange.Kind.CREATED, clock.tick()));
        return issue;
    }

    public void comment(IssueRef issue, String actor, String body) {
        handle(IssueChange.of(nextChangeId(), current(issue), actor, IssueChange.Kind.COMMENTED, clock.tick())
                .withComment(body));
    }

    public IssueRef assign(IssueRef issue, String actor, String assignee) {
        IssueRef now = current(issue);
        IssueRef assigned = host.update(new IssueRef(now.id(), now.key(), now.projectId(), now.projectKey(),
                now.summary(), now.description(), now.status(), now.resolved(), Optional.of(assignee), now.reporter()));
        handle(IssueChange.of(nextChangeId(), assigned, actor, IssueChange.Kind.ASSIGNED, clock.tick())
                .withPreviousAssignee(now.assignee().orElse(null)));
        return assigned;
    }

    public IssueRef resolve(IssueRef issue, String actor) {
        IssueRef now = current(issue);
        IssueRef resolved = host.update(new IssueRef(now.id(), now.key(), now.projectId(), now.projectKey(),
                now.summary(), now.description(), "Resolved", true, now.assignee(), now.reporter()));
        handle(IssueChange.of(nextChangeId(), resolved, actor, IssueChange.Kind.RESOLVED, clock.tick()));
        return resolved;
    }

    public IssueRef current(IssueRef issue) {
        return host.byId(issue.id()).orElse(issue);
    }

    public void handle(IssueChange change) {
        app.engine().handle(change);
    }

    private String nextChangeId() {
        return "change-" + changes.incrementAndGet();
    }

}
