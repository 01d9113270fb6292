package com.socialitsm.visit;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.java.ao.Query;

import com.socialitsm.activity.ActivityDraft;
import com.socialitsm.activity.ActivityService;
import com.socialitsm.activity.Verb;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.kudos.DeskVisitCredit;
import com.socialitsm.kudos.KudosService;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.store.DeskVisitEntity;
import com.socialitsm.store.Store;

/**
 * The face of desk visits: the assignee logs one, the reporter confirms it. Points, the badge and the feed activity
 * follow the confirmation only, in its transaction, so a visit nobody confirmed is worth nothing.
 */
public final class VisitService {
    /** The longest note, in characters. */
    public static final int MAX_NOTE = 500;
    private static final int RACE_ATTEMPTS = 3;
    private static final int SHOWN = 20;

    private final Store store;
    private final Clock clock;
    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final ActivityService activity;
    private final KudosService kudos;

    public VisitService(Store store, Clock clock, IssueDirectory issues, AccessPolicy access,
                        ActivityService activity, KudosService kudos) {
        this.store = store;
        this.clock = clock;
        this.issues = issues;
        this.access = access;
        this.activity = activity;
        this.kudos = kudos;
    }

    /**
     * {@code agent} logs a visit to the reporter's desk on the issue, pending the reporter's confirmation. Refused
     * for a note over {@link #MAX_NOTE} characters ({@code bad_request}), a missing or hidden issue
     * ({@code not_found}), and anyone but the issue's assignee, or an issue without a reporter ({@code forbidden}).
     */
    public Outcome<DeskVisit> log(String agent, String issueKey, String note) {
        String text = note == null ? "" : note;
        if (text.length() > MAX_NOTE) {
            return Outcome.refused(Problem.INVALID, "bad_request",
                    "note must be at most " + MAX_NOTE + " characters.");
        }
        Optional<IssueRef> found = issueKey == null ? Optional.empty()
                : issues.byKey(issueKey).filter(i -> access.canBrowse(Optional.of(agent), i.id()));
        if (found.isEmpty()) {
            return notFound();
        }
        IssueRef issue = found.get();
        if (!issue.assignee().map(agent::equals).orElse(false) || issue.reporter().isEmpty()) {
            return Outcome.refused(Problem.FORBIDDEN, "forbidden", "Only the issue's assignee may log a desk visit.");
        }
        Map<String, Object> row = new HashMap<>();
        row.put("ISSUE_ID", issue.id());
        row.put("PROJECT_ID", issue.projectId());
        row.put("AGENT", agent);
        row.put("REPORTER", issue.reporter().get());
        row.put("NOTE", text);
        row.put("STATE", VisitState.PENDING.code());
        row.put("POINTS", 0);
        row.put("CREATED_AT", clock.millis());
        row.put("CONFIRMED_AT", 0L);
        DeskVisitEntity visit = store.executeInTransaction(() -> store.create(DeskVisitEntity.class, row));
        return Outcome.done(view(visit, issue.key()));
    }

    /**
     * The reporter confirms the visit: the agent earns the rule's points (not for a self-reported issue, not past
     * the daily cap) and the issue shows the visit in its feed. Confirming again changes nothing and answers the
     * same. Refused for a missing visit or one on an issue the caller may not see ({@code not_found}) and for
     * anyone but the reporter ({@code forbidden}).
     */
    public Outcome<DeskVisit> confirm(String reporter, long visitId) {
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> confirmInTransaction(reporter, visitId));
    }

    /**
     * The issue's latest visits, newest first, and whether the viewer may log one; empty for a missing issue or one
     * the viewer may not see.
     */
    public Optional<IssueVisits> ofIssue(Optional<String> viewer, String issueKey) {
        Optional<IssueRef> found = issueKey == null ? Optional.empty()
                : issues.byKey(issueKey).filter(i -> access.canBrowse(viewer, i.id()));
        return found.map(issue -> {
            List<DeskVisit> shown = Arrays.stream(store.find(DeskVisitEntity.class,
                            Query.select().where("ISSUE_ID = ?", issue.id()).order("ID DESC").limit(SHOWN)))
                    .map(row -> view(row, issue.key())).toList();
            List<Long> confirmable = shown.stream()
                    .filter(v -> v.state() == VisitState.PENDING && viewer.map(v.reporter()::equals).orElse(false))
                    .map(DeskVisit::id).toList();
            boolean canLog = viewer.isPresent() && issue.assignee().equals(viewer) && issue.reporter().isPresent();
            return new IssueVisits(issue.key(), canLog, shown, confirmable);
        });
    }

    private Outcome<DeskVisit> confirmInTransaction(String reporter, long visitId) {
        DeskVisitEntity[] rows = store.find(DeskVisitEntity.class, Query.select().where("ID = ?", visitId));
        Optional<IssueRef> issue = rows.length == 0 ? Optional.empty()
                : issues.byId(rows[0].getIssueId()).filter(i -> access.canBrowse(Optional.of(reporter), i.id()));
        if (issue.isEmpty()) {
            return notFound();
        }
        DeskVisitEntity visit = rows[0];
        if (!visit.getReporter().equals(reporter)) {
            return Outcome.refused(Problem.FORBIDDEN, "forbidden", "Only the issue's reporter may confirm the visit.");
        }
        if (VisitState.CONFIRMED.code().equals(visit.getState())) {
            return Outcome.done(view(visit, issue.get().key()));
        }
        int points = kudos.deskVisitConfirmed(new DeskVisitCredit(visit.getID(), visit.getAgent(), reporter,
                visit.getIssueId(), visit.getProjectId()));
        long now = clock.millis();
        visit.setState(VisitState.CONFIRMED.code());
        visit.setPoints(points);
        visit.setConfirmedAt(now);
        visit.save();
        activity.record(ActivityDraft.onIssue("desk-visit:" + visit.getID(), Verb.VISITED, reporter, issue.get(),
                        List.of(), Instant.ofEpochMilli(now))
                .withDetail(visit.getNote()).withSubjectUser(visit.getAgent()));
        return Outcome.done(view(visit, issue.get().key()));
    }

    private static DeskVisit view(DeskVisitEntity row, String issueKey) {
        return new DeskVisit(row.getID(), issueKey, row.getAgent(), row.getReporter(), row.getNote(),
                VisitState.ofCode(row.getState()).orElse(VisitState.PENDING), row.getPoints());
    }

    private static <T> Outcome<T> notFound() {
        return Outcome.refused(Problem.NOT_FOUND, "not_found", "There is no such visit or issue that you may see.");
    }
}
