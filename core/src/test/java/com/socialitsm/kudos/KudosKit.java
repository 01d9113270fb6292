package com.socialitsm.kudos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import net.java.ao.Query;

import com.socialitsm.app.SocialApp;
import com.socialitsm.engine.ChangeOutcome;
import com.socialitsm.engine.ChangeSteps;
import com.socialitsm.engine.SocialEngine;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.settings.Settings;
import com.socialitsm.settings.SettingsSnapshot;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.TagDiff;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.vote.VoteService;

/**
 * A kudos world for tests: an in-memory host with a project SD and users, the app's services on the test database,
 * and an engine with only the kudos handler behind one that plays the hashtag feature (it puts the tags a test gave
 * an issue into the change context, and their ISSUE_HASHTAG rows, tagged by the issue's reporter, into the store),
 * so the kudos rules can be driven by issue changes as the engine runs them. Every tag counts as established here
 * ({@link KudosRules#establishedTagMinIssues} 0): these tests are about the rules themselves; how tags are judged
 * with the real hashtag feature is {@link TagBonusTest}'s.
 */
final class KudosKit {
    static final Instant START = Instant.parse("2024-06-12T10:00:00Z"); // a Wednesday

    final Store store;
    final MutableClock clock = new MutableClock(START);
    final InMemoryHost host = new InMemoryHost();
    final SocialApp app;
    final VoteService votes;
    final KudosService kudos;
    final SocialEngine engine;
    final ProjectRef sd;
    /** The tags a test gave each issue, as the hashtag step would report them: put there by the reporter. */
    private final Map<Long, TagDiff> tags = new ConcurrentHashMap<>();
    private final AtomicInteger changes = new AtomicInteger();

    KudosKit(Store store) {
        this.store = store;
        this.app = new SocialApp(store, clock, host, host, host);
        this.votes = app.votes();
        this.kudos = app.kudos();
        this.engine = new SocialEngine(store, clock, new ChangeSteps(
                change -> tagsOf(change.issue().id()),
                ChangeSteps.Participants.NONE, ChangeSteps.Activity.NONE, kudos.handler()));
        this.sd = host.addProject("SD");
        for (String user : List.of("alice", "bob", "carol", "dave", "erin", "frank", "admin")) {
            host.addUser(user);
        }
        host.makeAdmin("admin");
        rules(r -> r.withEstablishedTagMinIssues(0));
    }

    IssueRef issue(String reporter, String assignee, String... issueTags) {
        return issue(sd, reporter, assignee, issueTags);
    }

    IssueRef issue(ProjectRef project, String reporter, String assignee, String... issueTags) {
        IssueRef issue = host.addIssue(project, "Issue " + changes.incrementAndGet(), "", reporter);
        issue = host.update(new IssueRef(issue.id(), issue.key(), issue.projectId(), issue.projectKey(),
                issue.summary(), issue.description(), "Open", false, Optional.ofNullable(assignee),
                issue.reporter()));
        Map<String, String> taggedBy = new HashMap<>();
        for (String tag : issueTags) {
            taggedBy.put(tag, reporter);
        }
        tags.put(issue.id(), new TagDiff(new LinkedHashSet<>(List.of(issueTags)), List.of(), List.of(), taggedBy));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String tag : new LinkedHashSet<>(List.of(issueTags))) {
            Map<String, Object> row = new HashMap<>();
            row.put("ISSUE_TAG", issue.id() + ":" + tag);
            row.put("ISSUE_ID", issue.id());
            row.put("PROJECT_ID", issue.projectId());
            row.put("TAG", tag);
            row.put("DISPLAY", tag);
            row.put("SOURCE", "text");
            row.put("TAGGED_AT", clock.millis());
            row.put("TAGGED_BY", reporter);
            rows.add(row);
        }
        store.create(IssueHashtagEntity.class, rows);
        return issue;
    }

    /** Builds the change without handling it. */
    IssueChange change(IssueRef issue, String actor, IssueChange.Kind kind) {
        return IssueChange.of("c" + changes.incrementAndGet(), issue, actor, kind, clock.instant());
    }

    ChangeOutcome resolve(IssueRef issue) {
        return engine.handle(change(issue, issue.assignee().orElse("admin"), IssueChange.Kind.RESOLVED));
    }

    ChangeOutcome reopen(IssueRef issue) {
        return engine.handle(change(issue, issue.reporter().orElse("admin"), IssueChange.Kind.REOPENED));
    }

    ChangeOutcome comment(IssueRef issue, String author) {
        return engine.handle(change(issue, author, IssueChange.Kind.COMMENTED).withComment("Looking into it"));
    }

    /** Runs the kudos step alone for a change, inside a transaction, as the engine would. */
    void handleOnlyKudos(IssueChange change) {
        handleOnlyKudos(change, changeSettings());
    }

    /** The kudos step alone, with the settings the engine read for the change beforehand (one statement). */
    void handleOnlyKudos(IssueChange change, SettingsSnapshot settings) {
        store.executeInTransaction(() -> {
            kudos.handler().onIssueChange(change, tagsOf(change.issue().id()), settings);
            return null;
        });
    }

    private TagDiff tagsOf(long issueId) {
        return tags.getOrDefault(issueId, TagDiff.none());
    }

    /** What the engine reads for a change on the kudos step's behalf. */
    SettingsSnapshot changeSettings() {
        return new Settings(store).read(kudos.handler().settingPrefixes());
    }

    /** The user's points: the plain sum of their ledger rows. */
    int ledgerSum(String user) {
        store.flushAll();
        int sum = 0;
        for (PointsEntryEntity row : store.find(PointsEntryEntity.class, Query.select().where("USER_KEY = ?", user))) {
            sum += row.getPoints();
        }
        return sum;
    }

    /** The user's ledger as "reason:points" in order. */
    List<String> ledger(String user) {
        store.flushAll();
        List<String> rows = new ArrayList<>();
        for (PointsEntryEntity row : store.find(PointsEntryEntity.class,
                Query.select().where("USER_KEY = ?", user).order("ID"))) {
            rows.add(row.getReason() + ":" + row.getPoints());
        }
        return rows;
    }

    int ledgerRows() {
        return store.count(PointsEntryEntity.class, Query.select());
    }

    Set<Badge> badges(String user) {
        Set<Badge> held = new LinkedHashSet<>();
        kudos.profile(Optional.of(user), user).orElseThrow().badges().forEach(b -> held.add(b.badge()));
        return held;
    }

    void rules(java.util.function.UnaryOperator<KudosRules> change) {
        kudos.updateRules(change.apply(kudos.rules()));
    }

    static KudosRules with(KudosRules r, int resolved, int firstResponse) {
        return new KudosRules(resolved, r.firstTagBonusPoints(), r.firstTagBonusMaxTags(), r.establishedTagMinIssues(),
                firstResponse,
                r.answerAcceptedPoints(), r.answerUpvotedPoints(), r.peerKudosPoints(), r.peerKudosDailyCap(),
                r.peerKudosRepeatDays(), r.selfReportedEarns(), r.privacyMode());
    }
}
