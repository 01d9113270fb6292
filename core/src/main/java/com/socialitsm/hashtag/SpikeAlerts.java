package com.socialitsm.hashtag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import net.java.ao.Query;

import com.socialitsm.activity.ActivityDraft;
import com.socialitsm.activity.ActivityService;
import com.socialitsm.activity.Verb;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.settings.Settings;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.SpikeAlertEntity;
import com.socialitsm.store.Store;

/**
 * Spike alerts: a periodic, cluster-wide job ({@link #check}) that finds each (tag, project) whose taggings in the
 * last {@link SpikeSettings#hours} hours are a spike by {@link SpikeRule} — trending's Poisson z-score against the
 * tag's daily rate in that project over the {@link TrendingTags#BASELINE_DAYS} days before — and posts one activity,
 * "#vpn is spiking: 14 issues in 2 h, 2 expected", to the tag's followers and the followers of the admin's alert
 * project.
 *
 * <p><b>Why a job and not the engine.</b> An issue change must stay within its budget (one transaction, statements
 * independent of history); a spike is a property of hours of changes, and a job every few minutes sees it a few
 * minutes late at most, with the window's rows read once for every tag instead of once per change.
 *
 * <p><b>Once per spike, on any number of nodes.</b> Each alert of a (tag, project) has a number; its row's unique
 * ALERT_KEY {@code tag|project|n} is inserted in the transaction that records the activity, so two nodes checking
 * at once both try {@code n} and one wins; the loser's retry finds the new alert and stays quiet. After an alert
 * the pair is quiet for {@link SpikeSettings#cooldownHours}.
 *
 * <p><b>What an alert reveals.</b> It counts one project's issues and is a project-wide activity of that project;
 * feeds show it only to viewers who may browse every issue of that project ({@code AccessPolicy
 * .fullyBrowsableProjects}, the rule of trending), so a follower of the tag or of the alert project who may not sees
 * nothing, and the count never includes an issue the reader could not open.
 */
public final class SpikeAlerts {
    /** The actor of an alert's activity: no person posted it. */
    public static final String ALERT_ACTOR = "spike-alert";
    private static final int RACE_ATTEMPTS = 3;

    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final IssueDirectory issues;
    private final ActivityService activity;
    private final TagCounts counts;

    SpikeAlerts(Store store, Clock clock, Settings settings, IssueDirectory issues, ActivityService activity,
                TagCounts counts) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.settings = Objects.requireNonNull(settings);
        this.issues = Objects.requireNonNull(issues);
        this.activity = Objects.requireNonNull(activity);
        this.counts = Objects.requireNonNull(counts);
    }

    /** One alert that was posted. */
    public record Alert(String tag, long projectId, int seq, int count, double expected, double score, int hours,
                        Instant firedAt) {
        /** "#vpn is spiking: 14 issues in 2 h, 2 expected" */
        public String text() {
            return "#" + tag + " is spiking: " + count + " issues in " + hours + " h, "
                    + String.format(Locale.ROOT, expected < 10 ? "%.1f" : "%.0f", expected).replaceAll("\\.0$", "")
                    + " expected";
        }
    }

    public SpikeSettings settings() {
        return SpikeSettings.read(settings);
    }

    /** Looks at the current window and posts the alerts due; returns them (none twice, on any node). */
    public List<Alert> check() {
        SpikeSettings config = settings();
        if (!config.enabled()) {
            return List.of();
        }
        Instant now = clock.instant();
        long windowStart = now.minus(Duration.ofHours(config.hours())).toEpochMilli();
        Map<Long, Map<String, Integer>> byProject = new TreeMap<>();
        store.stream(IssueHashtagEntity.class, Query.select("ID, TAG, PROJECT_ID")
                .where("TAGGED_AT > ? AND TAGGED_AT <= ?", windowStart, now.toEpochMilli()), row ->
                byProject.computeIfAbsent(row.getProjectId(), p -> new TreeMap<>()).merge(row.getTag(), 1,
                        Integer::sum));
        long baselineEnd = Math.floorDiv(windowStart, TagCounts.DAY_MILLIS);
        Optional<FollowTarget> alertProject = config.alertProject().flatMap(issues::projectByKey)
                .map(ProjectRef::id).map(FollowTarget::project);
        List<Alert> posted = new ArrayList<>();
        for (Map.Entry<Long, Map<String, Integer>> project : byProject.entrySet()) {
            List<String> candidates = project.getValue().entrySet().stream()
                    .filter(e -> e.getValue() >= config.minCount()).map(Map.Entry::getKey).toList();
            if (candidates.isEmpty()) {
                continue;
            }
            Map<String, Integer> baseline = counts.daysInProjects(candidates, baselineEnd - TrendingTags.BASELINE_DAYS,
                    baselineEnd, Set.of(project.getKey()));
            for (String tag : candidates) {
                int count = project.getValue().get(tag);
                double expected = SpikeRule.expected(baseline.getOrDefault(tag, 0), TrendingTags.BASELINE_DAYS,
                        config.hours());
                if (config.ruleFor(tag).fires(count, expected)) {
                    post(tag, project.getKey(), count, expected, config, now, alertProject).ifPresent(posted::add);
                }
            }
        }
        return posted;
    }

    /** The newest alerts, newest first (for the admin page and tests). */
    public List<Alert> recent(int limit) {
        List<Alert> alerts = new ArrayList<>();
        for (SpikeAlertEntity row : store.find(SpikeAlertEntity.class, Query.select().order("FIRED_AT DESC, ID DESC")
                .limit(limit))) {
            alerts.add(toAlert(row));
        }
        return alerts;
    }

    /** The newest alert of a tag in any of these projects that fired after {@code since}, if any. */
    Optional<Alert> latest(String tag, Set<Long> projects, Instant since) {
        for (SpikeAlertEntity row : store.find(SpikeAlertEntity.class, Query.select()
                .where("TAG = ? AND FIRED_AT > ?", tag, since.toEpochMilli()).order("FIRED_AT DESC, ID DESC"))) {
            if (projects.contains(row.getProjectId())) {
                return Optional.of(toAlert(row));
            }
        }
        return Optional.empty();
    }

    private Optional<Alert> post(String tag, long projectId, int count, double expected, SpikeSettings config,
                                 Instant now, Optional<FollowTarget> alertProject) {
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            SpikeAlertEntity[] last = store.find(SpikeAlertEntity.class, Query.select()
                    .where("TAG = ? AND PROJECT_ID = ?", tag, projectId).order("SEQ DESC").limit(1));
            if (last.length > 0 && last[0].getFiredAt()
                    > now.minus(Duration.ofHours(config.cooldownHours())).toEpochMilli()) {
                return Optional.empty();
            }
            int seq = last.length == 0 ? 1 : last[0].getSeq() + 1;
            Alert alert = new Alert(tag, projectId, seq, count, expected, SpikeRule.score(count, expected),
                    config.hours(), now);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ALERT_KEY", tag + "|" + projectId + "|" + seq);
            row.put("TAG", tag);
            row.put("PROJECT_ID", projectId);
            row.put("SEQ", seq);
            row.put("FIRED_AT", now.toEpochMilli());
            row.put("ISSUE_COUNT", count);
            row.put("EXPECTED_TENTHS", (int) Math.round(expected * 10));
            row.put("SCORE_HUNDREDTHS", (int) Math.round(Math.min(alert.score(), 1e6) * 100));
            row.put("HOURS", config.hours());
            store.create(SpikeAlertEntity.class, row);
            activity.record(ActivityDraft.inProject("spike:" + tag + "|" + projectId + "|" + seq, Verb.SPIKING,
                    ALERT_ACTOR, projectId, List.of(tag), now).withDetail(alert.text()),
                    alertProject.map(List::of).orElse(List.of()));
            return Optional.of(alert);
        });
    }

    private static Alert toAlert(SpikeAlertEntity row) {
        return new Alert(row.getTag(), row.getProjectId(), row.getSeq(), row.getIssueCount(),
                row.getExpectedTenths() / 10.0, row.getScoreHundredths() / 100.0, row.getHours(),
                Instant.ofEpochMilli(row.getFiredAt()));
    }
}
