package com.socialitsm.idea;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import net.java.ao.Query;

import com.socialitsm.activity.ActivityDraft;
import com.socialitsm.activity.ActivityService;
import com.socialitsm.activity.Verb;
import com.socialitsm.follow.FollowService;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueCreation;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.qa.MarkdownRenderer;
import com.socialitsm.store.IdeaCommentEntity;
import com.socialitsm.store.IdeaEntity;
import com.socialitsm.store.IdeaVoteEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.Store;
import com.socialitsm.tag.HashtagExtractor;

/**
 * The face of idea boards. Every read and write first checks that the caller may browse the idea's project: a hidden
 * project and its ideas are "not found", the same as missing ones. Votes are rows (one per user and idea, a unique
 * key); the VOTES column that orders a board is recounted from them under the idea's row lock on every vote, so it is
 * exact under races and heals itself. One transaction per user action.
 */
public final class IdeaService {
    public static final int TITLE_MIN = 10;
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 30_000;
    public static final int COMMENT_MAX = 30_000;
    public static final int REASON_MAX = 2_000;
    public static final int MAX_CHOSEN_TAGS = 10;
    static final Duration TRENDING_WINDOW = Duration.ofDays(7);
    /** "Trending" counts at most this many of the project's newest votes: a bounded read whatever the history. */
    static final int TRENDING_SCAN_LIMIT = 5_000;
    private static final int HASHTAGS_COLUMN = 450;
    private static final int RACE_ATTEMPTS = 5;
    private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\p{Cntrl}\\s]+");
    private static final HashtagExtractor EXTRACTOR = new HashtagExtractor();

    private final Store store;
    private final Clock clock;
    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final FollowService follows;
    private final ActivityService activity;
    private final MarkdownRenderer markdown;

    public IdeaService(Store store, Clock clock, IssueDirectory issues, AccessPolicy access, FollowService follows,
                       ActivityService activity, MarkdownRenderer markdown) {
        this.store = store;
        this.clock = clock;
        this.issues = issues;
        this.access = access;
        this.follows = follows;
        this.activity = activity;
        this.markdown = markdown;
    }

    /**
     * {@code author} submits an idea to the project's board and follows it. Refused for a title outside 10–200
     * characters, a body over 30,000, more than ten chosen hashtags or one outside the hashtag grammar
     * ({@code bad_request}), and a missing or hidden project ({@code not_found}).
     */
    public Outcome<Idea> submit(String author, String projectKey, String title, String body, List<String> chosenTags) {
        Optional<ProjectRef> project = visibleProject(Optional.of(author), projectKey);
        if (project.isEmpty()) {
            return notFound();
        }
        String cleanTitle = title == null ? "" : CONTROL_OR_SPACE.matcher(title).replaceAll(" ").strip();
        if (cleanTitle.length() < TITLE_MIN || cleanTitle.length() > TITLE_MAX) {
            return invalid("The title must be " + TITLE_MIN + " to " + TITLE_MAX + " characters long; it has "
                    + cleanTitle.length() + ".");
        }
        String text = body == null ? "" : body.strip();
        if (text.length() > BODY_MAX) {
            return invalid("The text must be at most 30,000 characters long; it has " + text.length() + ".");
        }
        List<String> chosen = chosenTags == null ? List.of() : chosenTags;
        if (chosen.size() > MAX_CHOSEN_TAGS) {
            return invalid("At most " + MAX_CHOSEN_TAGS + " hashtags can be chosen.");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : chosen) {
            Optional<String> normalized = HashtagExtractor.normalizeTag(tag);
            if (normalized.isEmpty()) {
                return invalid("Not a hashtag: " + HashtagExtractor.RULE);
            }
            tags.add(normalized.get());
        }
        tags.addAll(EXTRACTOR.extractTags(cleanTitle + "\n" + text));
        long now = clock.millis();
        Map<String, Object> row = new HashMap<>();
        row.put("PROJECT_ID", project.get().id());
        row.put("AUTHOR", author);
        row.put("TITLE", cleanTitle);
        row.put("BODY", text);
        row.put("HASHTAGS", toColumn(tags));
        row.put("STATUS", IdeaStatus.OPEN.code());
        row.put("STATUS_AT", now);
        row.put("VOTES", 0);
        row.put("COUNTED_AT", now);
        row.put("COMMENT_COUNT", 0);
        row.put("ISSUE_ID", 0L);
        row.put("CREATED_AT", now);
        IdeaEntity idea = store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            IdeaEntity created = store.create(IdeaEntity.class, row);
            follows.autoFollow(author, FollowTarget.idea(created.getID()));
            return created;
        });
        return Outcome.done(view(idea, project.get(), false));
    }

    /**
     * One page of the project's board in the given order. {@code cursor} is the {@code next} of the previous page.
     * Refused for a missing or hidden project ({@code not_found}) and a cursor this order did not make
     * ({@code bad_request}).
     */
    public Outcome<IdeaPage> list(Optional<String> viewer, String projectKey, IdeaSort sort, Optional<String> cursor,
                                  int limit) {
        Optional<ProjectRef> project = visibleProject(viewer, projectKey);
        if (project.isEmpty()) {
            return notFound();
        }
        return page(viewer, project.get(), sort, cursor, limit);
    }

    /** One page of a board whose visibility the caller checked (the browse permission, or an open portal board). */
    Outcome<IdeaPage> page(Optional<String> viewer, ProjectRef board, IdeaSort sort, Optional<String> cursor,
                           int limit) {
        long projectId = board.id();
        Optional<IdeaCursor> after = Optional.empty();
        if (cursor.isPresent() && !cursor.get().isBlank()) {
            after = IdeaCursor.parse(sort, cursor.get());
            if (after.isEmpty()) {
                return invalid("The cursor is not one of this order's; start again without it.");
            }
        }
        List<IdeaEntity> rows;
        Optional<String> next = Optional.empty();
        switch (sort) {
            case NEWEST -> {
                Query query = Query.select().where("PROJECT_ID = ? AND ID < ?", projectId,
                        after.map(IdeaCursor::id).orElse(Long.MAX_VALUE)).order("ID DESC").limit(limit + 1);
                rows = new ArrayList<>(List.of(store.find(IdeaEntity.class, query)));
                if (rows.size() > limit) {
                    rows = rows.subList(0, limit);
                    next = Optional.of(IdeaCursor.newest(rows.get(limit - 1).getID()));
                }
            }
            case VOTES -> {
                Query query = after.isEmpty()
                        ? Query.select().where("PROJECT_ID = ?", projectId)
                        : Query.select().where("PROJECT_ID = ? AND (VOTES < ? OR (VOTES = ? AND ID < ?))", projectId,
                        after.get().votes(), after.get().votes(), after.get().id());
                rows = new ArrayList<>(List.of(store.find(IdeaEntity.class,
                        query.order("VOTES DESC, ID DESC").limit(limit + 1))));
                if (rows.size() > limit) {
                    rows = rows.subList(0, limit);
                    IdeaEntity last = rows.get(limit - 1);
                    next = Optional.of(IdeaCursor.votes(last.getVotes(), last.getID()));
                }
            }
            default -> {
                List<Long> ranked = trendingRanking(projectId);
                int offset = after.map(c -> (int) c.id()).orElse(0);
                List<Long> window = ranked.subList(Math.min(offset, ranked.size()),
                        Math.min(offset + limit, ranked.size()));
                rows = byIdsInOrder(window);
                if (offset + limit < ranked.size()) {
                    next = Optional.of(IdeaCursor.trending(offset + limit));
                }
            }
        }
        Set<Long> voted = votedAmong(viewer, rows);
        List<Idea> items = rows.stream().map(row -> view(row, board, voted.contains((long) row.getID())))
                .toList();
        return Outcome.done(new IdeaPage(items, next));
    }

    /** The idea's page for the viewer; {@code not_found} when it is missing or its project is hidden. */
    public Outcome<IdeaDetail> get(Optional<String> viewer, long ideaId) {
        return get(viewer, ideaId, this::browses);
    }

    /** The idea's page for a viewer the gate admits to its board. */
    Outcome<IdeaDetail> get(Optional<String> viewer, long ideaId, BoardGate gate) {
        Optional<Visible> found = visible(viewer, ideaId, gate);
        if (found.isEmpty()) {
            return notFound();
        }
        IdeaEntity idea = found.get().idea();
        List<IdeaComment> comments = new ArrayList<>();
        for (IdeaCommentEntity row : store.find(IdeaCommentEntity.class,
                Query.select().where("IDEA_ID = ?", ideaId).order("ID ASC"))) {
            String body = row.getBody() == null ? "" : row.getBody();
            comments.add(new IdeaComment(row.getID(), row.getAuthor(), body, markdown.render(body),
                    Instant.ofEpochMilli(row.getCreatedAt())));
        }
        boolean voted = !votedAmong(viewer, List.of(idea)).isEmpty();
        String body = idea.getBody() == null ? "" : idea.getBody();
        return Outcome.done(new IdeaDetail(view(idea, found.get().project(), voted), body, markdown.render(body),
                idea.getStatusReason(), idea.getStatusBy(), comments,
                access.isAgent(viewer, idea.getProjectId()),
                viewer.map(v -> follows.isFollowing(v, FollowTarget.idea(ideaId))).orElse(false)));
    }

    /**
     * {@code user} follows the idea by choice (the idea page's Follow button): its status changes reach their feed.
     * Idempotent; {@code not_found} for a missing idea or one of a hidden project.
     */
    public Outcome<IdeaFollow> follow(String user, long ideaId) {
        if (visible(Optional.of(user), ideaId).isEmpty()) {
            return notFound();
        }
        return Outcome.done(new IdeaFollow(ideaId, follows.followChosen(user, FollowTarget.idea(ideaId))));
    }

    /** {@code user} stops following the idea (taking part in it again follows it again). Idempotent. */
    public Outcome<IdeaFollow> unfollow(String user, long ideaId) {
        if (visible(Optional.of(user), ideaId).isEmpty()) {
            return notFound();
        }
        follows.unfollowChosen(user, FollowTarget.idea(ideaId));
        return Outcome.done(new IdeaFollow(ideaId, false));
    }

    /**
     * {@code voter}'s vote for the idea: one per user, exact under races (the unique vote key decides between two
     * racing votes of one user; the recount under the idea's row lock between racing voters). Voting again changes
     * nothing. The voter follows the idea.
     */
    public Outcome<IdeaVotes> vote(String voter, long ideaId) {
        return vote(voter, ideaId, this::browses, true);
    }

    /**
     * A vote of a voter the gate admits to the idea's board; {@code followIt}: whether voting follows the idea (not
     * for portal customers, who have no feed).
     */
    Outcome<IdeaVotes> vote(String voter, long ideaId, BoardGate gate, boolean followIt) {
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            Optional<IdeaEntity> locked = lockVisible(voter, ideaId, gate);
            if (locked.isEmpty()) {
                return notFound();
            }
            IdeaEntity idea = locked.get();
            String key = voteKey(ideaId, voter);
            if (store.count(IdeaVoteEntity.class, "VOTE_KEY = ?", key) == 0) {
                store.create(IdeaVoteEntity.class, Map.of("VOTE_KEY", key, "IDEA_ID", ideaId,
                        "PROJECT_ID", idea.getProjectId(), "VOTER", voter, "CREATED_AT", clock.millis()));
            }
            if (followIt) {
                follows.autoFollow(voter, FollowTarget.idea(ideaId));
            }
            return Outcome.done(new IdeaVotes(ideaId, recount(idea), true));
        });
    }

    /** Takes {@code voter}'s vote back; without a vote it changes nothing. */
    public Outcome<IdeaVotes> unvote(String voter, long ideaId) {
        return unvote(voter, ideaId, this::browses);
    }

    /** Takes back the vote of a voter the gate admits to the idea's board. */
    Outcome<IdeaVotes> unvote(String voter, long ideaId, BoardGate gate) {
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            Optional<IdeaEntity> locked = lockVisible(voter, ideaId, gate);
            if (locked.isEmpty()) {
                return notFound();
            }
            store.deleteWithSQL(IdeaVoteEntity.class, "VOTE_KEY = ?", voteKey(ideaId, voter));
            return Outcome.done(new IdeaVotes(ideaId, recount(locked.get()), false));
        });
    }

    /** {@code author} comments (Markdown, 1–30,000 characters) and follows the idea. */
    public Outcome<IdeaComment> comment(String author, long ideaId, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > COMMENT_MAX) {
            return invalid("A comment must be 1 to 30,000 characters long; it has " + text.length() + ".");
        }
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            Optional<IdeaEntity> locked = lockVisible(author, ideaId);
            if (locked.isEmpty()) {
                return notFound();
            }
            long now = clock.millis();
            IdeaCommentEntity row = store.create(IdeaCommentEntity.class, Map.of("IDEA_ID", ideaId,
                    "AUTHOR", author, "BODY", text, "CREATED_AT", now));
            IdeaEntity idea = locked.get();
            idea.setCommentCount(store.count(IdeaCommentEntity.class, "IDEA_ID = ?", ideaId));
            idea.save();
            follows.autoFollow(author, FollowTarget.idea(ideaId));
            return Outcome.done(new IdeaComment(row.getID(), author, text, markdown.render(text),
                    Instant.ofEpochMilli(now)));
        });
    }

    /**
     * An agent of the idea's project sets its status with a public reason (at most 2,000 characters); the idea's
     * followers (its author, voters, commenters) and the project's get it in their feeds. Refused for anyone but an
     * agent ({@code forbidden}), an unknown status or an over-long reason ({@code bad_request}).
     */
    public Outcome<IdeaDetail> setStatus(String agent, long ideaId, String statusCode, String reason) {
        Optional<IdeaStatus> status = IdeaStatus.ofCode(statusCode);
        String text = reason == null ? "" : reason.strip();
        if (status.isEmpty()) {
            return invalid("status must be one of open, under-review, planned, done, declined.");
        }
        if (text.length() > REASON_MAX) {
            return invalid("reason must be at most " + REASON_MAX + " characters long; it has " + text.length()
                    + ".");
        }
        Outcome<Boolean> changed = store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            Optional<IdeaEntity> locked = lockVisible(agent, ideaId);
            if (locked.isEmpty()) {
                return notFound();
            }
            IdeaEntity idea = locked.get();
            if (!access.isAgent(Optional.of(agent), idea.getProjectId())) {
                return Outcome.refused(Problem.FORBIDDEN, "forbidden",
                        "Only agents of the project may set an idea's status.");
            }
            long now = Math.max(clock.millis(), idea.getStatusAt() + 1);
            idea.setStatus(status.get().code());
            idea.setStatusReason(text);
            idea.setStatusBy(agent);
            idea.setStatusAt(now);
            idea.save();
            activity.record(ActivityDraft.inProject("idea:" + ideaId + "|status|" + now, Verb.IDEA_STATUS, agent,
                            idea.getProjectId(), IdeaTags.fromColumn(idea.getHashtags()), Instant.ofEpochMilli(now))
                    .withDetail(status.get().code() + ": " + idea.getTitle()),
                    List.of(FollowTarget.idea(ideaId)));
            return Outcome.done(true);
        });
        if (changed instanceof Outcome.Refused<Boolean> refused) {
            return Outcome.refused(refused.refusal());
        }
        return get(Optional.of(agent), ideaId);
    }

    /**
     * An agent turns the idea into an issue of its project, created by the host as that agent, with a link back to
     * the idea's page in its description; the idea keeps the issue's key. Refused for anyone but an agent
     * ({@code forbidden}), an idea that has an issue already or is being turned into one by another agent right now
     * ({@code conflict}), and what the host refuses ({@code forbidden}, with the host's message).
     *
     * <p><b>One issue, however many agents click at once.</b> The host's issue cannot be created inside our
     * transaction, so the idea is first claimed under its row lock ({@link IdeaConversion}); only the agent holding
     * the claim asks the host for an issue, the others get a conflict. A claim the host refused is released so that
     * the next attempt may try again; a claim left behind by a crashed node expires after
     * {@link IdeaConversion#CLAIM_EXPIRY}.
     *
     * @param ideaUrl the idea page's address, for the link from the issue back to the idea
     */
    public Outcome<IssueRef> turnIntoIssue(String agent, long ideaId, IssueCreation host, String ideaUrl) {
        Outcome<IdeaConversion> claimed = store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            Optional<IdeaEntity> locked = lockVisible(agent, ideaId);
            if (locked.isEmpty()) {
                return notFound();
            }
            IdeaEntity idea = locked.get();
            if (!access.isAgent(Optional.of(agent), idea.getProjectId())) {
                return Outcome.refused(Problem.FORBIDDEN, "forbidden", "Only agents of the project may do this.");
            }
            Optional<Outcome<IdeaConversion>> taken = alreadyTaken(idea);
            if (taken.isPresent()) {
                return taken.get();
            }
            IdeaConversion claim = IdeaConversion.claim(clock.millis(), idea.getIssueId());
            idea.setIssueId(claim.marker());
            idea.save();
            return Outcome.done(claim);
        });
        if (claimed instanceof Outcome.Refused<IdeaConversion> refused) {
            return Outcome.refused(refused.refusal());
        }
        IdeaConversion claim = claimed.value();
        Visible found = visible(Optional.of(agent), ideaId).orElseThrow();
        IdeaEntity idea = found.idea();
        String body = idea.getBody() == null ? "" : idea.getBody();
        String description = (body.isEmpty() ? "" : body + "\n\n") + "From idea #" + ideaId + ": " + ideaUrl;
        IssueRef issue;
        try {
            issue = host.create(found.project(), idea.getTitle(), description, agent);
        } catch (IssueCreation.Refused e) {
            release(ideaId, claim);
            return Outcome.refused(Problem.FORBIDDEN, "forbidden", e.getMessage());
        } catch (RuntimeException e) {
            release(ideaId, claim);
            throw e;
        }
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            IdeaEntity locked = lockVisible(agent, ideaId).orElseThrow();
            if (locked.getIssueId() != claim.marker()) {
                // Our claim expired and another agent took the idea over: theirs is the idea's issue, ours stays an
                // ordinary issue.
                return this.<IssueRef>alreadyTaken(locked).orElseGet(() -> Outcome.refused(Problem.CONFLICT,
                        "conflict", "This idea was turned into an issue by someone else meanwhile."));
            }
            locked.setIssueId(issue.id());
            locked.setIssueKey(issue.key());
            locked.save();
            return Outcome.done(issue);
        });
    }

    /** The conflict when the idea has an issue already or another agent's claim is still in force. */
    private <T> Optional<Outcome<T>> alreadyTaken(IdeaEntity idea) {
        if (idea.getIssueId() > 0) {
            return Optional.of(Outcome.refused(Problem.CONFLICT, "conflict",
                    "This idea is already issue " + idea.getIssueKey() + "."));
        }
        if (IdeaConversion.inForce(idea.getIssueId(), clock.millis())) {
            return Optional.of(Outcome.refused(Problem.CONFLICT, "conflict",
                    "Another agent is turning this idea into an issue right now."));
        }
        return Optional.empty();
    }

    /** Gives the claim up (the host made no issue), unless it expired and is someone else's by now. */
    private void release(long ideaId, IdeaConversion claim) {
        store.executeInTransaction(() -> {
            IdeaEntity[] rows = store.find(IdeaEntity.class, Query.select().where("ID = ?", ideaId));
            if (rows.length == 1 && rows[0].getIssueId() == claim.marker()) {
                rows[0].setIssueId(0L);
                rows[0].save();
            }
            return null;
        });
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    private record Visible(IdeaEntity idea, ProjectRef project) {
    }

    private Optional<ProjectRef> visibleProject(Optional<String> viewer, String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return Optional.empty();
        }
        return issues.projectByKey(projectKey.trim()).filter(p -> access.canBrowseProject(viewer, p.id()));
    }

    /**
     * Who may see a board's ideas: for the app's own pages whoever may browse the project; for the portal the
     * customers of an open board (PortalIdeaBoards).
     */
    @FunctionalInterface
    interface BoardGate {
        boolean admits(Optional<String> viewer, long projectId);
    }

    private boolean browses(Optional<String> viewer, long projectId) {
        return access.canBrowseProject(viewer, projectId);
    }

    private Optional<Visible> visible(Optional<String> viewer, long ideaId) {
        return visible(viewer, ideaId, this::browses);
    }

    private Optional<Visible> visible(Optional<String> viewer, long ideaId, BoardGate gate) {
        if (ideaId <= 0 || ideaId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        IdeaEntity[] rows = store.find(IdeaEntity.class, Query.select().where("ID = ?", ideaId));
        if (rows.length == 0 || !gate.admits(viewer, rows[0].getProjectId())) {
            return Optional.empty();
        }
        return issues.projectById(rows[0].getProjectId()).map(p -> new Visible(rows[0], p));
    }

    /**
     * The visible idea with its row locked until the transaction ends: Active Objects has no SELECT ... FOR UPDATE,
     * so the lock is taken portably by writing COUNTED_AT (always a new value, so the UPDATE is sent); read again
     * after the lock so that what follows sees every earlier commit.
     */
    private Optional<IdeaEntity> lockVisible(String user, long ideaId) {
        return lockVisible(user, ideaId, this::browses);
    }

    private Optional<IdeaEntity> lockVisible(String user, long ideaId, BoardGate gate) {
        Optional<Visible> found = visible(Optional.of(user), ideaId, gate);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IdeaEntity idea = found.get().idea();
        idea.setCountedAt(Math.max(clock.millis(), idea.getCountedAt() + 1));
        idea.save();
        IdeaEntity[] again = store.find(IdeaEntity.class, Query.select().where("ID = ?", ideaId));
        return again.length == 0 ? Optional.empty() : Optional.of(again[0]);
    }

    /** Counts the idea's vote rows (after its lock) and stores the count. */
    private int recount(IdeaEntity idea) {
        int count = store.count(IdeaVoteEntity.class, "IDEA_ID = ?", (long) idea.getID());
        idea.setVotes(count);
        idea.save();
        return count;
    }

    /** The project's ideas with votes in the last seven days, most such votes first (ties: newer idea first). */
    private List<Long> trendingRanking(long projectId) {
        long since = clock.millis() - TRENDING_WINDOW.toMillis();
        Map<Long, Integer> recent = new HashMap<>();
        store.stream(IdeaVoteEntity.class, Query.select("ID, IDEA_ID")
                        .where("PROJECT_ID = ? AND CREATED_AT >= ?", projectId, since)
                        .order("ID DESC").limit(TRENDING_SCAN_LIMIT),
                vote -> recent.merge(vote.getIdeaId(), 1, Integer::sum));
        return recent.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.<Long, Integer>comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).toList();
    }

    private List<IdeaEntity> byIdsInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, IdeaEntity> byId = new LinkedHashMap<>();
        for (IdeaEntity row : store.find(IdeaEntity.class, Query.select().where(InList.in("ID", ids.size()),
                ids.toArray()))) {
            byId.put((long) row.getID(), row);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private Set<Long> votedAmong(Optional<String> viewer, List<IdeaEntity> ideas) {
        if (viewer.isEmpty() || ideas.isEmpty()) {
            return Set.of();
        }
        List<Object> keys = ideas.stream().map(i -> (Object) voteKey(i.getID(), viewer.get())).toList();
        Set<Long> voted = new java.util.HashSet<>();
        for (IdeaVoteEntity row : store.find(IdeaVoteEntity.class, Query.select("ID, IDEA_ID")
                .where(InList.in("VOTE_KEY", keys.size()), keys.toArray()))) {
            voted.add(row.getIdeaId());
        }
        return voted;
    }

    private static Idea view(IdeaEntity row, ProjectRef project, boolean voted) {
        return new Idea(row.getID(), project.key(), row.getTitle(), row.getAuthor(),
                IdeaStatus.ofCode(row.getStatus()).orElse(IdeaStatus.OPEN), row.getVotes(), voted,
                IdeaTags.fromColumn(row.getHashtags()), row.getCommentCount(), row.getIssueKey(),
                Instant.ofEpochMilli(row.getCreatedAt()));
    }

    static String voteKey(long ideaId, String voter) {
        return ideaId + "|" + voter;
    }

    /** The tags that fit the column, whole tags only, as {@code " a b "}. */
    private static String toColumn(Set<String> tags) {
        StringBuilder column = new StringBuilder(" ");
        for (String tag : tags) {
            if (column.length() + tag.length() + 1 > HASHTAGS_COLUMN) {
                break;
            }
            column.append(tag).append(' ');
        }
        return column.toString();
    }

    private static <T> Outcome<T> notFound() {
        return Outcome.refused(Problem.NOT_FOUND, "not_found", "There is no such idea or board that you may see.");
    }

    private static <T> Outcome<T> invalid(String message) {
        return Outcome.refused(Problem.INVALID, "bad_request", message);
    }
}
