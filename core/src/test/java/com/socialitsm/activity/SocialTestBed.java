package com.socialitsm.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.socialitsm.app.SocialApp;
import com.socialitsm.engine.ChangeSteps;
import com.socialitsm.engine.SocialEngine;
import com.socialitsm.follow.FollowParticipantsHandler;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.store.Store;
import com.socialitsm.tag.TagDiff;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.MutableClock;

/**
 * An app on a test database with an in-memory host, a clock that moves one second per change, and an engine whose
 * first step stands in for the hashtag feature: it hands the activity step the {@code #tags} of the issue's summary,
 * description and comments, as the real one returns them.
 */
final class SocialTestBed {
    static final Instant START = Instant.parse("2024-05-01T10:00:00Z");

    final InMemoryHost host = new InMemoryHost();
    final MutableClock clock = new MutableClock(START);
    final SocialApp app;
    final SocialEngine engine;
    final ProjectRef sd;
    private final AtomicInteger changes = new AtomicInteger();

    SocialTestBed(Store store) {
        for (String user : List.of("alice", "bob", "carol", "dave", "erin")) {
            host.addUser(user);
        }
        sd = host.addProject("SD");
        app = new SocialApp(store, clock, host, host, host);
        engine = new SocialEngine(store, clock, new ChangeSteps(new StandInTagsHandler(),
                new FollowParticipantsHandler(app.follows()), new ActivityHandler(app.activity(), app.mentions()),
                ChangeSteps.Kudos.NONE));
    }

    IssueRef create(String summary, String reporter) {
        IssueRef issue = host.addIssue(sd, summary, "", reporter);
        handle(IssueChange.of(nextChangeId(), issue, reporter, IssueChange.Kind.CREATED, clock.tick()));
        return issue;
    }

    IssueRef comment(IssueRef issue, String actor, String body) {
        handle(IssueChange.of(nextChangeId(), issue, actor, IssueChange.Kind.COMMENTED, clock.tick())
                .withComment(body));
        return issue;
    }

    IssueRef assign(IssueRef issue, String actor, String assignee) {
        IssueRef assigned = host.update(new IssueRef(issue.id(), issue.key(), issue.projectId(), issue.projectKey(),
                issue.summary(), issue.description(), issue.status(), issue.resolved(), Optional.of(assignee),
                issue.reporter()));
        handle(IssueChange.of(nextChangeId(), assigned, actor, IssueChange.Kind.ASSIGNED, clock.tick()));
        return assigned;
    }

    IssueRef edit(IssueRef issue, String actor, String description) {
        IssueRef edited = host.update(new IssueRef(issue.id(), issue.key(), issue.projectId(), issue.projectKey(),
                issue.summary(), description, issue.status(), issue.resolved(), issue.assignee(), issue.reporter()));
        handle(IssueChange.of(nextChangeId(), edited, actor, IssueChange.Kind.UPDATED, clock.tick()));
        return edited;
    }

    void handle(IssueChange change) {
        engine.handle(change);
    }

    String nextChangeId() {
        return "c" + changes.incrementAndGet();
    }

    /** Finds #tags in the issue's texts and comments seen so far, and reports the ones new to the issue. */
    static final class StandInTagsHandler implements ChangeSteps.Tags {
        private static final Pattern TAG = Pattern.compile("#(\\w+)");
        private final Map<Long, Set<String>> tags = new ConcurrentHashMap<>();

        @Override
        public TagDiff onIssueChange(IssueChange change) {
            Set<String> before = tags.getOrDefault(change.issue().id(), Set.of());
            Set<String> after = new LinkedHashSet<>(before);
            String text = change.issue().summary() + " " + change.issue().description() + " "
                    + change.comment().orElse("");
            Matcher m = TAG.matcher(text);
            while (m.find()) {
                after.add(m.group(1).toLowerCase());
            }
            List<String> added = new ArrayList<>(after);
            added.removeAll(before);
            tags.put(change.issue().id(), after);
            return new TagDiff(after, added, List.of());
        }
    }
}
