package com.socialitsm.devhost.demo;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.socialitsm.devhost.tracker.DemoTracker;
import com.socialitsm.devhost.tracker.IssueEdit;
import com.socialitsm.devhost.tracker.NewIssue;
import com.socialitsm.devhost.tracker.TrackerProject;
import com.socialitsm.devhost.tracker.TrackerUser;

/**
 * Sets up the demo tracker's users and projects, and on a fresh database plays the {@link DemoScript} back: every
 * issue step through the tracker's own operations (create, comment, assign, resolve, reopen — each an
 * {@code IssueChange} handled by the engine), every social step through {@link SocialActions}, with the
 * {@link DemoClock} pinned to the step's moment. Two nodes starting on one fresh database seed it once: only the node
 * that created the projects plays the script.
 */
public final class DemoSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoTracker tracker;
    private final SocialActions social;
    private final DemoClock clock;

    public DemoSeeder(DemoTracker tracker, SocialActions social, DemoClock clock) {
        this.tracker = Objects.requireNonNull(tracker);
        this.social = Objects.requireNonNull(social);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * What seeding did: how many steps of each kind the tracker or a feature took, and how many it did not (a feature
     * not installed yet takes none; one that refuses a step, say past a daily cap, takes fewer).
     */
    public record Report(boolean seeded, String reason, Map<String, Integer> applied, Map<String, Integer> skipped) {
        public String summary() {
            if (!seeded) {
                return reason;
            }
            StringBuilder s = new StringBuilder();
            applied.forEach((kind, n) -> {
                s.append(s.isEmpty() ? "" : ", ").append(kind).append(": ").append(n);
                if (skipped.containsKey(kind)) {
                    s.append(" (").append(skipped.get(kind)).append(" refused)");
                }
            });
            StringBuilder missing = new StringBuilder();
            skipped.keySet().stream().filter(kind -> !applied.containsKey(kind))
                    .forEach(kind -> missing.append(missing.isEmpty() ? "" : ", ").append(kind));
            if (!missing.isEmpty()) {
                s.append(" (not installed yet: ").append(missing).append(')');
            }
            return s.toString();
        }
    }

    /**
     * Creates the demo users and projects if they are missing; true if this call created the first project (a fresh
     * database).
     */
    public boolean setUpDirectory() {
        for (TrackerUser user : DemoDataSet.users()) {
            tracker.addUser(user);
        }
        for (TrackerUser user : DemoDataSet.portalCustomers()) {
            tracker.addUser(user);
        }
        boolean fresh = false;
        for (TrackerProject project : DemoDataSet.projects()) {
            boolean added = tracker.addProject(project,
                    project.restricted() ? DemoDataSet.securityBrowsers() : List.of());
            fresh |= added && project.key().equals(DemoDataSet.SERVICE_DESK);
        }
        return fresh;
    }

    /** Sets up users and projects and, with {@code withDemoData} on a fresh database, plays the demo script. */
    public Report seed(boolean withDemoData) {
        boolean fresh = setUpDirectory();
        if (!withDemoData) {
            return new Report(false, "none (--no-demo)", Map.of(), Map.of());
        }
        if (!fresh) {
            return new Report(false, "the database's existing data", Map.of(), Map.of());
        }
        return play(DemoDataSet.script());
    }

    /** Plays a script back, oldest step first, at the steps' moments before now. */
    public Report play(DemoScript script) {
        Instant now = clock.instant();
        Map<DemoScript.IssueStory, String> keys = new HashMap<>();
        Map<DemoScript.QuestionStory, Long> questions = new HashMap<>();
        Map<String, Long> answers = new HashMap<>();
        Map<DemoScript.PollStory, Long> polls = new HashMap<>();
        Map<String, Integer> applied = new LinkedHashMap<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        try {
            for (DemoScript.Timed timed : script.timeline()) {
                clock.pinTo(now.minus(timed.ago()));
                String kind = timed.step().kind();
                boolean done = run(timed.step(), keys, questions, answers, polls);
                (done ? applied : skipped).merge(kind, 1, Integer::sum);
            }
        } finally {
            clock.release();
        }
        return new Report(true, "", applied, skipped);
    }

    private boolean run(DemoScript.Step step, Map<DemoScript.IssueStory, String> keys,
                        Map<DemoScript.QuestionStory, Long> questions, Map<String, Long> answers,
                        Map<DemoScript.PollStory, Long> polls) {
        if (step instanceof DemoScript.Create c) {
            DemoScript.IssueStory issue = c.issue();
            keys.put(issue, tracker.create(issue.reporter(), new NewIssue(issue.project(), issue.type(),
                    issue.summary(), issue.description(), null)).key());
            return true;
        }
        if (step instanceof DemoScript.Comment c) {
            tracker.comment(c.author(), keys.get(c.issue()), c.body());
            return true;
        }
        if (step instanceof DemoScript.Assign a) {
            tracker.edit(a.actor(), keys.get(a.issue()), IssueEdit.assign(a.assignee()));
            return true;
        }
        if (step instanceof DemoScript.Resolve r) {
            tracker.transition(r.actor(), keys.get(r.issue()), "Resolve", r.resolution(), null);
            return true;
        }
        if (step instanceof DemoScript.Reopen r) {
            tracker.transition(r.actor(), keys.get(r.issue()), "Reopen", null, null);
            return true;
        }
        if (step instanceof DemoScript.Vote v) {
            return socially(() -> social.vote(v.user(), keys.get(v.issue())));
        }
        if (step instanceof DemoScript.Kudos k) {
            return socially(() -> social.kudos(k.from(), k.to(), keys.get(k.issue()), k.message()));
        }
        if (step instanceof DemoScript.Follow f) {
            String id = f.issue() != null ? keys.get(f.issue()) : f.id();
            return socially(() -> social.follow(f.user(), f.type(), id));
        }
        if (step instanceof DemoScript.Ask a) {
            DemoScript.QuestionStory q = a.question();
            Optional<String> issueKey = Optional.ofNullable(q.about()).map(keys::get);
            Optional<String> projectKey = issueKey.isPresent() ? Optional.empty() : Optional.of(q.project());
            Optional<Long> id = socially(() -> social.ask(q.asker(), q.title(), q.body(), issueKey, projectKey,
                    q.hashtags()), Optional.<Long>empty());
            id.ifPresent(value -> questions.put(q, value));
            return id.isPresent();
        }
        if (step instanceof DemoScript.Answer a) {
            Long question = questions.get(a.question());
            if (question == null) {
                return false;
            }
            Optional<Long> id = socially(() -> social.answer(a.author(), question, a.body()), Optional.<Long>empty());
            id.ifPresent(value -> answers.put(answerKey(a.question(), a.index(), questions), value));
            return id.isPresent();
        }
        if (step instanceof DemoScript.Accept a) {
            Long question = questions.get(a.question());
            Long answer = answers.get(answerKey(a.question(), a.answerIndex(), questions));
            return question != null && answer != null && socially(() -> social.accept(a.actor(), question, answer));
        }
        if (step instanceof DemoScript.AnswerVote v) {
            Long answer = answers.get(answerKey(v.question(), v.answerIndex(), questions));
            return answer != null && socially(() -> social.voteAnswer(v.user(), answer, v.value()));
        }
        if (step instanceof DemoScript.AskPoll a) {
            DemoScript.PollStory poll = a.poll();
            Optional<Long> id = socially(() -> social.askPoll(poll.asker(), poll,
                    clock.instant().plus(poll.openFor())), Optional.<Long>empty());
            id.ifPresent(value -> polls.put(poll, value));
            return id.isPresent();
        }
        if (step instanceof DemoScript.PollVote v) {
            Long poll = polls.get(v.poll());
            return poll != null && socially(() -> social.votePoll(v.voter(), poll, v.options()));
        }
        throw new IllegalArgumentException("Unknown demo step " + step);
    }

    private static String answerKey(DemoScript.QuestionStory question, int index, Map<DemoScript.QuestionStory, Long> ids) {
        return ids.get(question) + "#" + index;
    }

    /**
     * A feature's step: a refusal (a rule of the feature, say a daily kudos cap) is logged and the demo goes on, so
     * demo data never keeps the devhost from starting.
     */
    private static boolean socially(java.util.function.BooleanSupplier action) {
        try {
            return action.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.warn("Demo step refused by the app: {}", e.getMessage());
            return false;
        }
    }

    private static <T> T socially(java.util.function.Supplier<T> action, T otherwise) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            LOG.warn("Demo step refused by the app: {}", e.getMessage());
            return otherwise;
        }
    }
}
