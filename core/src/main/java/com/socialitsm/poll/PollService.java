package com.socialitsm.poll;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.activity.ActivityDraft;
import com.socialitsm.activity.ActivityService;
import com.socialitsm.activity.Verb;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.store.BallotMarker;
import com.socialitsm.store.InList;
import com.socialitsm.store.PollBallotEntity;
import com.socialitsm.store.PollChoiceEntity;
import com.socialitsm.store.PollEntity;
import com.socialitsm.store.Store;

/**
 * The face of polls: an agent asks, users who may browse the project vote (and change their vote until the poll
 * closes), everyone who may browse the project reads. A vote is a ballot row (unique per voter and poll) plus one row
 * per chosen option; every count is a {@code COUNT} of rows, so 20 voters on several nodes at once end exact. One
 * voter's racing changes are serialised by the update of their ballot row (a row lock on every database), so a
 * single-choice poll never keeps two choices of one ballot.
 */
public final class PollService {
    public static final int MAX_QUESTION = 250;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_OPTION = 200;
    /** The latest closing time, from now. */
    public static final Duration MAX_OPEN = Duration.ofDays(365);
    public static final Duration MIN_OPEN = Duration.ofMinutes(1);
    private static final int RACE_ATTEMPTS = 5;

    private final Store store;
    private final Clock clock;
    private final IssueDirectory projects;
    private final AccessPolicy access;
    private final ActivityService activity;
    private final SecureRandom random;

    public PollService(Store store, Clock clock, IssueDirectory projects, AccessPolicy access, ActivityService activity,
                       SecureRandom random) {
        this.store = store;
        this.clock = clock;
        this.projects = projects;
        this.access = access;
        this.activity = activity;
        this.random = random;
    }

    /**
     * {@code asker} opens a poll. Refused for an unknown or hidden project ({@code not_found}), a caller who is not
     * an agent of the project ({@code forbidden}), and every limit ({@code bad_request}): question 1–250 characters,
     * 2–10 distinct options of 1–200 characters without line breaks, closing 1 minute to 365 days from now. Followers
     * of the project see the new poll in their feed.
     */
    public Outcome<PollView> ask(String asker, PollDraft draft) {
        Optional<ProjectRef> project = visibleProject(Optional.of(asker), draft.projectKey());
        if (project.isEmpty()) {
            return notFound();
        }
        if (!access.isAgent(Optional.of(asker), project.get().id())) {
            return Outcome.refused(Problem.FORBIDDEN, "forbidden", "Only an agent of the project may ask a poll.");
        }
        Optional<String> invalid = invalid(draft);
        if (invalid.isPresent()) {
            return Outcome.refused(Problem.INVALID, "bad_request", invalid.get());
        }
        List<String> options = draft.options().stream().map(String::strip).toList();
        Instant now = clock.instant();
        Map<String, Object> row = new HashMap<>();
        row.put("PROJECT_ID", project.get().id());
        row.put("AUTHOR", asker);
        row.put("QUESTION", draft.question().strip());
        row.put("OPTIONS", String.join("\n", options));
        row.put("MULTIPLE_CHOICE", draft.multiple());
        row.put("ANONYMOUS", draft.anonymous());
        row.put("RESULTS_AFTER_CLOSE", draft.resultsAfterClose());
        row.put("CLOSES_AT", draft.closesAt().toEpochMilli());
        row.put("CREATED_AT", now.toEpochMilli());
        if (draft.anonymous()) {
            row.put("BALLOT_SECRET", BallotMarker.newSecret(random));
        }
        PollEntity poll = store.executeInTransaction(() -> {
            PollEntity created = store.create(PollEntity.class, row);
            activity.record(ActivityDraft.inProject("poll:" + created.getID(), Verb.POLL, asker,
                    project.get().id(), List.of(), now).withDetail(created.getQuestion()));
            return created;
        });
        return Outcome.done(view(poll, project.get(), Optional.of(asker)));
    }

    /** The poll as the viewer sees it; {@code not_found} for a missing poll or one in a project they may not browse. */
    public Outcome<PollView> get(Optional<String> viewer, long pollId) {
        Optional<PollEntity> poll = find(pollId);
        Optional<ProjectRef> project = poll.flatMap(p -> visibleProject(viewer, p.getProjectId()));
        if (project.isEmpty()) {
            return notFound();
        }
        return Outcome.done(view(poll.get(), project.get(), viewer));
    }

    /**
     * {@code voter} votes for the options (positions from 0), replacing their earlier vote. Refused for a hidden or
     * missing poll ({@code not_found}), a closed one ({@code poll_closed}, 409) and bad options ({@code bad_request}:
     * none, a position out of range, a repeat, or more than one in a single-choice poll).
     */
    public Outcome<PollView> vote(String voter, long pollId, List<Integer> chosen) {
        Optional<PollEntity> found = find(pollId);
        Optional<ProjectRef> project = found.flatMap(p -> visibleProject(Optional.of(voter), p.getProjectId()));
        if (project.isEmpty()) {
            return notFound();
        }
        PollEntity poll = found.get();
        // An anonymous poll without its key has been closed by a node whose clock ran a little ahead: closed too.
        if (isClosed(poll) || (poll.isAnonymous() && poll.getBallotSecret() == null)) {
            return Outcome.refused(Problem.CONFLICT, "poll_closed", "The poll has closed; votes can no longer change.");
        }
        int optionCount = options(poll).size();
        Optional<String> invalid = invalidChoice(chosen, optionCount, poll.isMultipleChoice());
        if (invalid.isPresent()) {
            return Outcome.refused(Problem.INVALID, "bad_request", invalid.get());
        }
        String marker = BallotMarker.voter(poll.isAnonymous(), poll.getBallotSecret(), voter);
        List<Integer> sorted = chosen.stream().sorted().toList();
        store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            castInTransaction(poll.getID(), marker, sorted);
            return Boolean.TRUE;
        });
        return Outcome.done(view(poll, project.get(), Optional.of(voter)));
    }

    /** A page of the project's polls, newest first, from the cursor (a poll id) on. */
    public Outcome<ProjectPolls> ofProject(Optional<String> viewer, String projectKey, int limit, Optional<Long> before) {
        Optional<ProjectRef> project = visibleProject(viewer, projectKey);
        if (project.isEmpty()) {
            return notFound();
        }
        Query query = before.isPresent()
                ? Query.select().where("PROJECT_ID = ? AND ID < ?", project.get().id(), before.get())
                : Query.select().where("PROJECT_ID = ?", project.get().id());
        PollEntity[] rows = store.find(PollEntity.class, query.order("ID DESC").limit(limit + 1));
        List<PollEntity> page = Arrays.asList(rows).subList(0, Math.min(limit, rows.length));
        Set<String> myBallots = myBallotKeys(viewer, page);
        List<PollSummary> polls = new ArrayList<>();
        for (PollEntity poll : page) {
            boolean voted = viewer.isPresent() && (!poll.isAnonymous() || poll.getBallotSecret() != null)
                    && myBallots.contains(BallotMarker.ballotKey(poll.getID(),
                    BallotMarker.voter(poll.isAnonymous(), poll.getBallotSecret(), viewer.get())));
            polls.add(new PollSummary(poll.getID(), poll.getQuestion(), poll.isMultipleChoice(), poll.isAnonymous(),
                    Instant.ofEpochMilli(poll.getClosesAt()), isClosed(poll), voters(poll.getID()), voted));
        }
        Optional<Long> next = rows.length > limit ? Optional.of((long) page.get(page.size() - 1).getID())
                : Optional.empty();
        return Outcome.done(new ProjectPolls(project.get().key(), project.get().name(),
                viewer.isPresent() && access.isAgent(viewer, project.get().id()), polls, next));
    }

    // ---------------------------------------------------------------- the vote

    private void castInTransaction(long pollId, String marker, List<Integer> chosen) {
        String key = BallotMarker.ballotKey(pollId, marker);
        PollBallotEntity[] existing = store.find(PollBallotEntity.class, Query.select().where("BALLOT_KEY = ?", key));
        long ballotId;
        if (existing.length == 0) {
            // Two first votes of one voter race here: the unique BALLOT_KEY lets one win; the loser is rolled back
            // and retried, and then takes the branch below.
            ballotId = store.create(PollBallotEntity.class, Map.of("BALLOT_KEY", key, "POLL_ID", pollId,
                    "VOTER", marker, "REVISION", 0)).getID();
        } else {
            PollBallotEntity ballot = existing[0];
            // The update locks the ballot row until commit: a second change by the same voter waits here, and then
            // deletes what the first one wrote.
            ballot.setRevision(ballot.getRevision() + 1);
            ballot.save();
            ballotId = ballot.getID();
            store.deleteWithSQL(PollChoiceEntity.class, "BALLOT_ID = ?", ballotId);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int option : chosen) {
            rows.add(Map.of("CHOICE_KEY", ballotId + ":" + option, "POLL_ID", pollId, "BALLOT_ID", ballotId,
                    "OPTION_INDEX", option));
        }
        store.create(PollChoiceEntity.class, rows);
    }

    // ---------------------------------------------------------------- reading

    private PollView view(PollEntity poll, ProjectRef project, Optional<String> viewer) {
        boolean closed = isClosed(poll);
        if (closed && poll.isAnonymous() && poll.getBallotSecret() != null) {
            forgetKey(poll.getID());
        }
        String secret = closed ? null : poll.getBallotSecret();
        Optional<List<Integer>> mine = viewer.isEmpty() || (poll.isAnonymous() && secret == null) ? Optional.empty()
                : myChoice(poll.getID(), BallotMarker.voter(poll.isAnonymous(), secret, viewer.get()));
        List<String> options = options(poll);
        boolean resultsOpen = closed || (!poll.isResultsAfterClose() && mine.isPresent());
        Optional<List<Integer>> votes = resultsOpen ? Optional.of(counts(poll.getID(), options.size()))
                : Optional.empty();
        return new PollView(poll.getID(), project.key(), poll.getQuestion(), options, votes, poll.isMultipleChoice(),
                poll.isAnonymous(), poll.isResultsAfterClose(), Instant.ofEpochMilli(poll.getClosesAt()),
                Instant.ofEpochMilli(poll.getCreatedAt()), poll.getAuthor(), closed, voters(poll.getID()), mine,
                viewer.isPresent() && !closed);
    }

    /** Erases a closed anonymous poll's ballot key: from now on no ballot of it can be linked to anyone. */
    private void forgetKey(long pollId) {
        store.executeInTransaction(() -> {
            for (PollEntity row : store.find(PollEntity.class, Query.select().where("ID = ?", pollId))) {
                row.setBallotSecret(null);
                row.save();
            }
            return null;
        });
    }

    private Optional<List<Integer>> myChoice(long pollId, String marker) {
        PollBallotEntity[] ballot = store.find(PollBallotEntity.class,
                Query.select("ID, BALLOT_KEY").where("BALLOT_KEY = ?", BallotMarker.ballotKey(pollId, marker)));
        if (ballot.length == 0) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(store.find(PollChoiceEntity.class, Query.select("ID, OPTION_INDEX")
                        .where("BALLOT_ID = ?", ballot[0].getID())))
                .map(PollChoiceEntity::getOptionIndex).sorted().toList());
    }

    /** One count per option: ten small index counts at most (no GROUP BY in Active Objects' portable queries). */
    private List<Integer> counts(long pollId, int options) {
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < options; i++) {
            counts.add(store.count(PollChoiceEntity.class, "POLL_ID = ? AND OPTION_INDEX = ?", pollId, i));
        }
        return counts;
    }

    private int voters(long pollId) {
        return store.count(PollBallotEntity.class, "POLL_ID = ?", pollId);
    }

    private Set<String> myBallotKeys(Optional<String> viewer, List<PollEntity> polls) {
        if (viewer.isEmpty() || polls.isEmpty()) {
            return Set.of();
        }
        List<String> keys = new ArrayList<>();
        for (PollEntity poll : polls) {
            if (!poll.isAnonymous() || (poll.getBallotSecret() != null && !isClosed(poll))) {
                keys.add(BallotMarker.ballotKey(poll.getID(),
                        BallotMarker.voter(poll.isAnonymous(), poll.getBallotSecret(), viewer.get())));
            }
        }
        Set<String> found = new HashSet<>();
        if (keys.isEmpty()) {
            return found;
        }
        for (PollBallotEntity row : store.find(PollBallotEntity.class, Query.select("ID, BALLOT_KEY")
                .where(InList.in("BALLOT_KEY", keys.size()), keys.toArray()))) {
            found.add(row.getBallotKey());
        }
        return found;
    }

    private boolean isClosed(PollEntity poll) {
        return clock.millis() >= poll.getClosesAt();
    }

    private static List<String> options(PollEntity poll) {
        return List.of(poll.getOptions().split("\n", -1));
    }

    private Optional<PollEntity> find(long pollId) {
        PollEntity[] rows = store.find(PollEntity.class, Query.select().where("ID = ?", pollId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private Optional<ProjectRef> visibleProject(Optional<String> viewer, String projectKey) {
        return projectKey == null || projectKey.isBlank() ? Optional.empty()
                : projects.projectByKey(projectKey.strip()).filter(p -> access.canBrowseProject(viewer, p.id()));
    }

    private Optional<ProjectRef> visibleProject(Optional<String> viewer, long projectId) {
        return projects.projectById(projectId).filter(p -> access.canBrowseProject(viewer, p.id()));
    }

    // ---------------------------------------------------------------- limits

    private Optional<String> invalid(PollDraft draft) {
        String question = draft.question() == null ? "" : draft.question().strip();
        if (question.isEmpty() || question.length() > MAX_QUESTION) {
            return Optional.of("question must be 1 to " + MAX_QUESTION + " characters.");
        }
        if (question.indexOf('\n') >= 0 || question.indexOf('\r') >= 0) {
            return Optional.of("question must be one line.");
        }
        List<String> options = draft.options();
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            return Optional.of("options must be " + MIN_OPTIONS + " to " + MAX_OPTIONS + " texts.");
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String option : options) {
            String text = option == null ? "" : option.strip();
            if (text.isEmpty() || text.length() > MAX_OPTION) {
                return Optional.of("each option must be 1 to " + MAX_OPTION + " characters.");
            }
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                return Optional.of("an option must be one line.");
            }
            if (seen.put(text.toLowerCase(Locale.ROOT), 1) != null) {
                return Optional.of("options must differ from each other.");
            }
        }
        Instant now = clock.instant();
        if (draft.closesAt() == null) {
            return Optional.of("closesAt is required.");
        }
        if (draft.closesAt().isBefore(now.plus(MIN_OPEN)) || draft.closesAt().isAfter(now.plus(MAX_OPEN))) {
            return Optional.of("closesAt must be between 1 minute and 365 days from now.");
        }
        return Optional.empty();
    }

    private static Optional<String> invalidChoice(List<Integer> chosen, int optionCount, boolean multiple) {
        if (chosen == null || chosen.isEmpty()) {
            return Optional.of("options must name at least one option.");
        }
        if (!multiple && chosen.size() > 1) {
            return Optional.of("this poll takes one option.");
        }
        Set<Integer> seen = new HashSet<>();
        for (Integer option : chosen) {
            if (option == null || option < 0 || option >= optionCount) {
                return Optional.of("each option must be a position from 0 to " + (optionCount - 1) + ".");
            }
            if (!seen.add(option)) {
                return Optional.of("an option may be chosen once.");
            }
        }
        return Optional.empty();
    }

    private static <T> Outcome<T> notFound() {
        return Outcome.refused(Problem.NOT_FOUND, "not_found", "There is no such poll or project that you may see.");
    }
}
