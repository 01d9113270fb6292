package com.socialitsm.hashtag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import net.java.ao.Query;

import com.socialitsm.activity.ActivityDraft;
import com.socialitsm.activity.ActivityService;
import com.socialitsm.activity.Verb;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueCreation;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.outcome.Refusal;
import com.socialitsm.settings.Settings;
import com.socialitsm.store.ConstraintViolations;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.SpikeProblemEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.HashtagExtractor;

/**
 * "Raise a problem from a spike": one issue of the admin's type in a chosen project, summary "#vpn: 14 issues in the
 * last 2 hours", linked (admin's link type) to each issue tagged in the window that the user may browse, created and
 * linked through the host as the user; the tag's followers are told by an activity on the new issue.
 *
 * <p><b>One problem per spike.</b> A raised problem answers for its tag for the hours it was raised over: a second
 * request in that time gets it back. Two requests at once race on the claim row's unique CLAIM_KEY
 * ({@code tag|n}, n = the tag's problems so far + 1), inserted before the issue is created; the loser waits for the
 * winner's issue key. A claim whose issue the host refused is deleted, so the next request can try again.
 */
final class SpikeProblems {
    /** The most issues of one spike linked to its problem. */
    static final int MAX_LINKS = 200;
    /** How long a request that lost the race waits for the winner's issue. */
    static final Duration WAIT_FOR_WINNER = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 100;

    private final Store store;
    private final Clock clock;
    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final ActivityService activity;
    private final Settings settings;

    SpikeProblems(Store store, Clock clock, IssueDirectory issues, AccessPolicy access, ActivityService activity,
                  Settings settings) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.issues = Objects.requireNonNull(issues);
        this.access = Objects.requireNonNull(access);
        this.activity = Objects.requireNonNull(activity);
        this.settings = Objects.requireNonNull(settings);
    }

    Outcome<RaisedProblem> raise(Optional<String> viewer, String typedTag, String projectKey, int hours,
                                 IssueCreation host) {
        if (viewer.isEmpty()) {
            return Outcome.refused(new Refusal(Problem.NOT_LOGGED_IN, "not_logged_in",
                    "Sign in to raise a problem.", List.of()));
        }
        String user = viewer.get();
        Optional<String> normalized = HashtagExtractor.normalizeTag(typedTag);
        if (normalized.isEmpty()) {
            return Outcome.refused(HashtagRefusals.invalidTag(List.of(typedTag)));
        }
        String tag = normalized.get();
        if (hours < 1 || hours > TrendingTags.MAX_HOURS) {
            return Outcome.refused(new Refusal(Problem.INVALID, "bad_request",
                    "hours must be between 1 and " + TrendingTags.MAX_HOURS + ".", List.of()));
        }
        Optional<ProjectRef> project = projectKey == null ? Optional.empty() : issues.projectByKey(projectKey.trim())
                .filter(p -> access.canBrowseProject(viewer, p.id()));
        if (project.isEmpty()) {
            return Outcome.refused(new Refusal(Problem.NOT_FOUND, "not_found",
                    "There is no such project, or you may not see it.", List.of()));
        }
        long deadline = System.nanoTime() + WAIT_FOR_WINNER.toNanos();
        while (true) {
            Instant now = clock.instant();
            Optional<SpikeProblemEntity> current = current(tag, now);
            if (current.isPresent()) {
                String issueKey = current.get().getIssueKey();
                if (issueKey != null && !issueKey.isEmpty()) {
                    return existing(viewer, current.get());
                }
                if (System.nanoTime() > deadline) {
                    return Outcome.refused(new Refusal(Problem.CONFLICT, "conflict", "A problem for this spike of #"
                            + tag + " is being raised; try again in a moment.", List.of(tag)));
                }
                pause();
                continue;
            }
            List<IssueRef> spike = spikeIssues(viewer, tag, now.minus(Duration.ofHours(hours)));
            if (spike.isEmpty()) {
                return Outcome.refused(new Refusal(Problem.NOT_FOUND, "not_found", "No issue you may see was tagged #"
                        + tag + " in the last " + hours + " hours.", List.of(tag)));
            }
            Optional<Long> claim = claim(tag, hours, user, now);
            if (claim.isEmpty()) {
                continue; // another request claimed this spike first: wait for its issue
            }
            return create(claim.get(), viewer, tag, hours, project.get(), spike, host);
        }
    }

    private Outcome<RaisedProblem> create(long claimId, Optional<String> viewer, String tag, int hours,
                                          ProjectRef project, List<IssueRef> spike, IssueCreation host) {
        String user = viewer.orElseThrow();
        SpikeSettings config = SpikeSettings.read(settings);
        // The summary and description are read by everyone who may browse the problem: they count and name only the
        // spike's issues in the problem's own project. Links to other projects' issues are shown by the host only to
        // readers who may browse them.
        long inProject = spike.stream().filter(issue -> issue.projectId() == project.id()).count();
        String count = inProject == 0 ? "spike" : inProject + (inProject == 1 ? " issue" : " issues");
        String summary = "#" + tag + ": " + count + " in the last " + hours + (hours == 1 ? " hour" : " hours");
        String description = "Raised from the spike of #" + tag + " in the last " + hours + " hours; its issues are "
                + "linked to this one.";
        IssueRef problem;
        try {
            problem = host.create(project, config.problemIssueType(), summary, description, user);
        } catch (IssueCreation.Refused e) {
            store.executeInTransaction(() -> {
                store.deleteWithSQL(SpikeProblemEntity.class, "ID = ?", claimId);
                return null;
            });
            return Outcome.refused(new Refusal(Problem.FORBIDDEN, "forbidden", e.getMessage(), List.of()));
        }
        List<Long> linked = new ArrayList<>();
        for (IssueRef issue : spike) {
            try {
                host.link(problem.key(), issue.key(), config.problemLinkType(), user);
                linked.add(issue.id());
            } catch (IssueCreation.Refused e) {
                // Not linkable by this user (or no such link type): the problem stands, with fewer links.
            }
        }
        store.executeInTransaction(() -> {
            SpikeProblemEntity row = store.get(SpikeProblemEntity.class, (int) claimId);
            row.setIssueKey(problem.key());
            row.setLinked(linked.size());
            row.setLinkedIds(linked.stream().map(String::valueOf).collect(Collectors.joining(",")));
            row.save();
            return null;
        });
        activity.record(ActivityDraft.onIssue("problem:" + problem.id(), Verb.RAISED, user, problem, List.of(tag),
                clock.instant()).withDetail(summary));
        return Outcome.done(new RaisedProblem(problem.key(), linked.size(), true));
    }

    private Outcome<RaisedProblem> existing(Optional<String> viewer, SpikeProblemEntity row) {
        Optional<IssueRef> issue = issues.byKey(row.getIssueKey());
        if (issue.isEmpty() || !access.canBrowse(viewer, issue.get().id())) {
            return Outcome.refused(new Refusal(Problem.CONFLICT, "conflict", "A problem was already raised for this "
                    + "spike of #" + row.getTag() + ".", List.of(row.getTag())));
        }
        // The links this reader may see, so that the count says nothing of issues hidden from them.
        List<Long> linkedIds = row.getLinkedIds() == null || row.getLinkedIds().isEmpty() ? List.of()
                : Arrays.stream(row.getLinkedIds().split(",")).map(Long::parseLong).toList();
        int visible = linkedIds.isEmpty() ? 0 : access.browsableIssues(viewer, linkedIds).size();
        return Outcome.done(new RaisedProblem(row.getIssueKey(), visible, false));
    }

    /** The tag's newest problem, if it still answers for the tag (raised less than its hours ago). */
    private Optional<SpikeProblemEntity> current(String tag, Instant now) {
        store.flushAll();
        SpikeProblemEntity[] rows = store.find(SpikeProblemEntity.class, Query.select()
                .where("TAG = ?", tag).order("SEQ DESC").limit(1));
        if (rows.length == 0) {
            return Optional.empty();
        }
        return answersAt(rows[0], now) ? Optional.of(rows[0]) : Optional.empty();
    }

    /** Whether a raised problem still answers for its tag: raised less than its hours ago. */
    private static boolean answersAt(SpikeProblemEntity row, Instant now) {
        return row.getRaisedAt() > now.minus(Duration.ofHours(row.getHours())).toEpochMilli();
    }

    /** Inserts the claim row for the tag's next problem; empty if another request won the race. */
    private Optional<Long> claim(String tag, int hours, String user, Instant now) {
        try {
            return Optional.of(store.executeInTransaction(() -> {
                SpikeProblemEntity[] last = store.find(SpikeProblemEntity.class,
                        Query.select("ID, SEQ, RAISED_AT, HOURS").where("TAG = ?", tag).order("SEQ DESC").limit(1));
                if (last.length > 0 && answersAt(last[0], now)) {
                    // Claimed by a request that committed after this one looked: that one's problem is the spike's.
                    return -1L;
                }
                int seq = last.length == 0 ? 1 : last[0].getSeq() + 1;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("CLAIM_KEY", tag + "|" + seq);
                row.put("TAG", tag);
                row.put("SEQ", seq);
                row.put("ISSUE_KEY", "");
                row.put("LINKED", 0);
                row.put("LINKED_IDS", "");
                row.put("HOURS", hours);
                row.put("RAISED_AT", now.toEpochMilli());
                row.put("RAISED_BY", user);
                return (long) store.create(SpikeProblemEntity.class, row).getID();
            })).filter(id -> id > 0);
        } catch (RuntimeException e) {
            if (ConstraintViolations.isLostRace(e)) {
                store.flushAll();
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The issues tagged in the window that the viewer may browse, by key; at most {@link #MAX_LINKS}. */
    private List<IssueRef> spikeIssues(Optional<String> viewer, String tag, Instant since) {
        IssueHashtagEntity[] rows = store.find(IssueHashtagEntity.class, Query.select("ID, ISSUE_ID")
                .where("TAG = ? AND TAGGED_AT > ?", tag, since.toEpochMilli()).order("TAGGED_AT DESC")
                .limit(MAX_LINKS * 5));
        Set<Long> ids = Arrays.stream(rows).map(IssueHashtagEntity::getIssueId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<Long> browsable = access.browsableIssues(viewer, ids);
        return issues.byIds(browsable).values().stream()
                .sorted(Comparator.comparingLong(IssueRef::id)).limit(MAX_LINKS).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a problem being raised", e);
        }
    }
}
