package com.socialitsm.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

import com.socialitsm.activity.FeedQuery;
import com.socialitsm.app.SocialApp;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.follow.TargetType;
import com.socialitsm.hashtag.TagPage;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.kudos.LedgerAccess;
import com.socialitsm.kudos.Period;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.qa.Question;
import com.socialitsm.qa.QuestionDraft;
import com.socialitsm.qa.QuestionQuery;
import com.socialitsm.qa.QuestionSort;
import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.upgrade.SchemaUpgrades;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;
import com.socialitsm.testing.TestDatabases;
import com.socialitsm.vote.TopIssue;

/**
 * Permissions, exhaustively: each try builds a random world through the real services and engine (users, projects,
 * issues with hashtags, comments, assignments, resolutions, follows, votes, kudos, questions, answers, acceptances),
 * then restricts random projects and issues, and asks every read path as every user and as an anonymous viewer.
 * No answer may name an issue the viewer cannot browse (its key, its summary, or the tag only it carries), and no
 * count may include one.
 *
 * <p>Each issue carries a tag of its own ({@code #secxyz}) and a marker in its summary ({@code zz<id>zz}), so a leak
 * of a hidden issue shows as text anywhere in an answer's {@code toString()}. jqwik drives the seed; a failure
 * reports it, and the world is rebuilt from it.
 */
// jqwik reads tags from its own annotation, not from JUnit Jupiter's @Tag that @DatabaseTest carries: both, so that the
// PostgreSQL and MariaDB suites (-Dgroups=database) run this property too.
@DatabaseTest
@net.jqwik.api.Tag(DatabaseTest.TAG)
class PermissionPropertiesTest {
    private static final List<String> USERS = List.of("ann", "ben", "cat", "dan", "eve");
    private static final List<String> SHARED_TAGS = List.of("vpn", "outage", "printer", "mail", "wifi");
    private static final TestDatabases DATABASES = new TestDatabases();
    private static TestDatabases.Isolated database;
    private static EntityManagerStore store;

    @BeforeContainer
    static void openStore() {
        database = DATABASES.createIsolated();
        store = EntityManagerStore.open(database.config());
        SchemaUpgrades.upgrade(store);
    }

    @AfterContainer
    static void closeStore() {
        if (store != null) {
            store.close();
        }
        if (database != null) {
            database.drop().run();
        }
    }

    @BeforeTry
    void emptyTables() {
        StoreExtension.emptyTables(store);
    }

    @Property(tries = 30)
    void noReadPathRevealsAnIssueTheViewerCannotBrowse(@ForAll long seed) {
        World world = World.build(new Random(seed));
        store.flushAll();
        List<Optional<String>> viewers = new ArrayList<>();
        viewers.add(Optional.empty());
        USERS.forEach(user -> viewers.add(Optional.of(user)));
        for (Optional<String> viewer : viewers) {
            world.check(viewer);
        }
    }

    /** One random world and the truth to check the read paths against. */
    private static final class World {
        final SocialWorld social = new SocialWorld(store);
        final SocialApp app = social.app;
        final List<ProjectRef> projects = new ArrayList<>();
        final List<IssueRef> issues = new ArrayList<>();
        final Map<Long, String> secretTag = new HashMap<>();
        final List<Long> questions = new ArrayList<>();
        final Map<Long, Question> asked = new HashMap<>();
        final Random random;

        private World(Random random) {
            this.random = random;
        }

        static World build(Random random) {
            World world = new World(random);
            world.populate();
            return world;
        }

        private String user() {
            return USERS.get(random.nextInt(USERS.size()));
        }

        private String sharedTags() {
            StringBuilder text = new StringBuilder();
            for (String tag : SHARED_TAGS) {
                if (random.nextInt(3) == 0) {
                    text.append(" #").append(tag);
                }
            }
            return text.toString();
        }

        private IssueRef anyIssue() {
            return issues.get(random.nextInt(issues.size()));
        }

        private void populate() {
            USERS.forEach(social.host::addUser);
            for (String key : List.of("PA", "PB", "PC")) {
                projects.add(social.host.addProject(key));
            }
            int issueCount = 3 + random.nextInt(6);
            for (int i = 0; i < issueCount; i++) {
                ProjectRef project = projects.get(random.nextInt(projects.size()));
                String secret = "sec" + (char) ('a' + i / 26 / 26 % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
                IssueRef issue = social.create(project, "issue zz" + i + "zz" + sharedTags(), "#" + secret, user());
                secretTag.put(issue.id(), secret);
                issues.add(issue);
            }
            int operations = 10 + random.nextInt(25);
            for (int op = 0; op < operations; op++) {
                IssueRef issue = anyIssue();
                String actor = user();
                switch (random.nextInt(11)) {
                    case 0 -> social.comment(issue, actor, "comment" + sharedTags());
                    case 1 -> social.assign(issue, actor, user());
                    case 2 -> {
                        if (social.current(issue).assignee().isPresent() && !social.current(issue).resolved()) {
                            social.resolve(issue, actor);
                        }
                    }
                    case 3 -> app.votes().vote(actor, issue.key());
                    case 4 -> app.kudos().give(actor, user(), random.nextBoolean() ? issue.key() : null,
                            "thanks");
                    case 5 -> app.follows().follow(actor, TargetType.HASHTAG,
                            random.nextBoolean() ? SHARED_TAGS.get(random.nextInt(SHARED_TAGS.size()))
                                    : secretTag.get(issue.id()));
                    case 6 -> app.follows().follow(actor, TargetType.USER, user());
                    case 7 -> app.follows().follow(actor, random.nextBoolean() ? TargetType.PROJECT : TargetType.ISSUE,
                            random.nextBoolean() ? issue.projectKey() : issue.key());
                    case 8 -> {
                        var asked = random.nextBoolean()
                                ? app.questions().ask(actor, QuestionDraft.onIssue(issue.key(),
                                        "question about zz" + issues.indexOf(issue) + "zz", "body" + sharedTags()))
                                : app.questions().ask(actor, QuestionDraft.inProject(issue.projectKey(),
                                        "question in project " + issue.projectKey(), "general" + sharedTags()));
                        if (asked.isDone()) {
                            questions.add(asked.value().id());
                            this.asked.put(asked.value().id(), asked.value());
                        }
                    }
                    case 9 -> {
                        if (!questions.isEmpty()) {
                            long question = questions.get(random.nextInt(questions.size()));
                            var answered = app.questions().answer(actor, question, "an answer");
                            if (answered.isDone()) {
                                long answer = answered.value().answer().id();
                                app.questions().voteOnAnswer(user(), answer, random.nextBoolean() ? 1 : -1);
                                app.questions().get(Optional.of(actor), question).isDone();
                                app.questions().accept(user(), question, answer);
                            }
                        }
                    }
                    default -> app.hashtags().addTags(actor, issue.key(), List.of(SHARED_TAGS.get(
                            random.nextInt(SHARED_TAGS.size()))));
                }
            }
            app.kudos().rollup().rollUp();
            // Permissions change after the fact, as they do in Jira: what was recorded stays, reads must filter.
            for (ProjectRef project : projects) {
                if (random.nextInt(3) == 0) {
                    social.host.restrictProject(project, someUsers());
                }
            }
            for (IssueRef issue : issues) {
                if (random.nextInt(4) == 0) {
                    social.host.restrictIssue(issue, someUsers());
                }
            }
        }

        private String[] someUsers() {
            return USERS.stream().filter(u -> random.nextBoolean()).toArray(String[]::new);
        }

        void check(Optional<String> viewer) {
            Set<Long> visible = social.host.browsableIssues(viewer,
                    issues.stream().map(IssueRef::id).toList());
            Set<Long> fullyBrowsable = social.host.fullyBrowsableProjects(viewer);
            List<String> forbidden = new ArrayList<>();
            for (IssueRef issue : issues) {
                if (!visible.contains(issue.id())) {
                    forbidden.add(issue.key());
                    forbidden.add("zz" + issues.indexOf(issue) + "zz");
                    forbidden.add(secretTag.get(issue.id()));
                }
            }
            Map<String, Set<Long>> taggedIssues = new HashMap<>();
            for (IssueRef issue : issues) {
                app.hashtags().tagsOfIssue(issue.id()).forEach(tag ->
                        taggedIssues.computeIfAbsent(tag.tag(), t -> new HashSet<>()).add(issue.id()));
            }
            String who = "viewer " + viewer.orElse("anonymous");
            Leaks leaks = new Leaks(who, forbidden);

            // Feed and per-target streams.
            viewer.ifPresent(user -> leaks.check("feed", app.feed().feed(viewer, FeedQuery.first(100))));
            for (String tag : taggedIssues.keySet()) {
                leaks.check("hashtag stream " + tag, app.feed().stream(viewer, FollowTarget.hashtag(tag),
                        FeedQuery.first(100)), tag);
            }
            for (String user : USERS) {
                leaks.check("user stream " + user, app.feed().stream(viewer, FollowTarget.user(user),
                        FeedQuery.first(100)));
            }
            for (ProjectRef project : projects) {
                leaks.check("project stream " + project.key(), app.feed().stream(viewer,
                        FollowTarget.project(project.id()), FeedQuery.first(100)));
            }
            for (IssueRef issue : issues) {
                var stream = app.feed().stream(viewer, FollowTarget.issue(issue.id()), FeedQuery.first(100));
                if (!visible.contains(issue.id())) {
                    assertThat(stream.items()).as("%s: stream of hidden %s", who, issue.key()).isEmpty();
                }
            }
            viewer.ifPresent(user -> leaks.check("follow suggestions", app.feed().suggestions(viewer, 20)));

            // Tag pages: issues, count, related; suggest; trending; the JQL function's source.
            for (Map.Entry<String, Set<Long>> entry : taggedIssues.entrySet()) {
                String tag = entry.getKey();
                Set<Long> visibleTagged = entry.getValue().stream().filter(visible::contains)
                        .collect(Collectors.toSet());
                long inFullyBrowsable = entry.getValue().stream()
                        .filter(id -> fullyBrowsable.contains(social.host.byId(id).orElseThrow().projectId())).count();
                Outcome<TagPage> outcome = app.hashtags().tagPage(viewer, tag, 100, Optional.empty());
                leaks.check("tag page " + tag, outcome, tag);
                if (outcome instanceof Outcome.Done<TagPage> done) {
                    TagPage page = done.value();
                    assertThat(page.issues()).as("%s: issues of #%s", who, tag)
                            .allSatisfy(issue -> assertThat(social.host.byKey(issue.issueKey()).map(IssueRef::id).filter(visible::contains)).isPresent());
                    assertThat(page.count()).as("%s: count of #%s", who, tag).isLessThanOrEqualTo(visibleTagged.size())
                            .isEqualTo((int) inFullyBrowsable);
                }
                assertThat(app.hashtags().issueIdsTagged(List.of(tag), 1000)).as("#%s for JQL", tag)
                        .containsExactlyInAnyOrderElementsOf(entry.getValue());
                // (Jira's search filters the JQL function's ids by the searcher's permissions; see reliability.md.)
            }
            var suggestions = app.hashtags().suggest(viewer, "", 100);
            leaks.check("suggest", suggestions);
            suggestions.forEach(s -> assertThat(s.count()).as("%s: suggested #%s", who, s.tag())
                    .isLessThanOrEqualTo(visibleCount(taggedIssues, s.tag(), visible)));
            for (String prefix : List.of("s", "se", "sec", "v", "o")) {
                leaks.check("suggest " + prefix, app.hashtags().suggest(viewer, prefix, 100));
            }
            var trending = app.hashtags().trending(viewer, 168, 100, Optional.empty());
            leaks.check("trending", trending);
            trending.forEach(t -> assertThat(t.count()).as("%s: trending #%s", who, t.tag())
                    .isLessThanOrEqualTo(visibleCount(taggedIssues, t.tag(), visible)));
            for (ProjectRef project : projects) {
                leaks.check("trending " + project.key(), app.hashtags().trending(viewer, 168, 100,
                        Optional.of(project.id())));
            }

            // Votes.
            for (IssueRef issue : issues) {
                var status = app.votes().status(viewer, issue.key());
                if (!visible.contains(issue.id())) {
                    assertThat(status).as("%s: vote status of hidden %s", who, issue.key()).isEmpty();
                }
            }
            for (ProjectRef project : projects) {
                for (var list : List.of(app.votes().top(viewer, project.key(), 100),
                        app.votes().rising(viewer, project.key(), 100))) {
                    leaks.check("top/rising " + project.key(), list);
                    for (TopIssue top : list.orElse(List.of())) {
                        assertThat(visible).as("%s: top %s", who, top.issueKey()).contains(top.issueId());
                        assertThat(top.count()).isLessThanOrEqualTo(app.votes().count(top.issueId()));
                    }
                }
            }

            // Leaderboards, profiles, ledgers, issue kudos.
            for (Period period : Period.values()) {
                leaks.check("leaderboard " + period, app.kudos().leaderboard(viewer, period, null, 100));
                for (ProjectRef project : projects) {
                    leaks.check("leaderboard " + period + " " + project.key(),
                            app.kudos().leaderboard(viewer, period, project.key(), 100));
                }
            }
            for (String user : USERS) {
                leaks.check("profile " + user, app.kudos().profile(viewer, user));
                if (app.kudos().ledgerAccess(viewer, user) == LedgerAccess.ALLOWED) {
                    leaks.check("ledger " + user, app.kudos().ledger(viewer, user, Long.MAX_VALUE, 100));
                }
            }
            for (IssueRef issue : issues) {
                var kudos = app.kudos().issueKudos(viewer, issue.key());
                if (!visible.contains(issue.id())) {
                    assertThat(kudos).as("%s: kudos of hidden %s", who, issue.key()).isEmpty();
                }
            }

            // Q&A: list (every sort), search, similar, get.
            for (QuestionSort sort : QuestionSort.values()) {
                var page = app.questions().list(viewer, new QuestionQuery(Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), sort, Optional.empty(), 100));
                leaks.check("questions " + sort, page);
            }
            for (String text : List.of("question", "zz", "answer", "project")) {
                leaks.check("question search " + text, app.questions().list(viewer, new QuestionQuery(
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(text), QuestionSort.NEWEST,
                        Optional.empty(), 100)));
            }
            for (String tag : taggedIssues.keySet()) {
                leaks.check("questions tagged " + tag, app.questions().list(viewer, new QuestionQuery(
                        Optional.empty(), Optional.empty(), Optional.of(tag), Optional.empty(), QuestionSort.NEWEST,
                        Optional.empty(), 100)), tag);
            }
            leaks.check("similar", app.questions().similar(viewer, "question about zz1zz", Optional.empty(), 20));
            for (long id : questions) {
                var detail = app.questions().get(viewer, id);
                if (detail.isDone()) {
                    leaks.check("question " + id, detail.value());
                }
            }
            for (Question question : asked.values()) {
                boolean shouldSee = question.issueKey()
                        .map(key -> issues.stream().anyMatch(i -> i.key().equals(key) && visible.contains(i.id())))
                        .orElseGet(() -> social.host.projectByKey(question.projectKey())
                                .map(p -> social.host.canBrowseProject(viewer, p.id())).orElse(false));
                assertThat(app.questions().get(viewer, question.id()).isDone())
                        .as("%s: question %d on %s", who, question.id(), question.issueKey()).isEqualTo(shouldSee);
            }
        }

        private static int visibleCount(Map<String, Set<Long>> tagged, String tag, Set<Long> visible) {
            return (int) tagged.getOrDefault(tag, Set.of()).stream().filter(visible::contains).count();
        }
    }

    /** Checks an answer's text for anything the viewer must not see. */
    private record Leaks(String who, Collection<String> forbidden) {
        void check(String path, Object answer) {
            check(path, answer, "");
        }

        /** As {@link #check(String, Object)}, except for the tag the viewer asked about (it is echoed back). */
        void check(String path, Object answer, String askedTag) {
            String text = String.valueOf(answer);
            Set<String> found = new LinkedHashSet<>();
            for (String secret : forbidden) {
                if (!secret.equals(askedTag) && text.contains(secret)) {
                    found.add(secret);
                }
            }
            assertThat(found).as("%s: %s reveals hidden issues in %s", who, path, text).isEmpty();
        }
    }
}
