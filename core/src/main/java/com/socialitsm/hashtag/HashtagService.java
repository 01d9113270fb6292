package com.socialitsm.hashtag;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.activity.ActivityDraft;
import com.socialitsm.activity.ActivityService;
import com.socialitsm.activity.Verb;
import com.socialitsm.follow.FollowService;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.hashtag.HashtagOutcome.Reason;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.store.Criteria;
import com.socialitsm.store.HashtagDayEntity;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.HashtagProjectEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.ExtractedHashtag;
import com.socialitsm.tag.HashtagExtractor;
import com.socialitsm.tag.TagDiff;

/**
 * The face of the hashtag feature: tags follow the text of issues (through {@link HashtagHandler}), users add and
 * remove them by hand, everyone reads them filtered to what they may browse, administrators merge, rename and block
 * them, and the Jira app imports labels and asks which issues carry a tag (JQL).
 *
 * <p><b>Which tags an issue carries.</b> One row per tag and issue, with the stickiest source that applies:
 * <ul>
 *   <li><i>text</i>: the tags of the current summary and description. Every issue change re-reads both and
 *       re-diffs: a tag deleted from them leaves the issue.</li>
 *   <li><i>comment</i> (shown as "text"): a tag seen in any comment. The engine only ever gets the new comment, so
 *       these stay until removed by hand; a text tag that also appears in a comment becomes one.</li>
 *   <li><i>manual</i>: added by hand or imported from a label; stays until removed by hand, whatever the text says.
 *       Adding by hand a tag the issue already has from text makes it manual.</li>
 * </ul>
 * A tag written in the current summary or description cannot be removed by hand (the next change would bring it
 * back): {@link Reason#WRITTEN_IN_TEXT}. A blocked tag is never stored; a merged tag is stored as its target.
 *
 * <p><b>Visibility.</b> Every read shows only what the viewer may browse. Counts (suggestions, a tag page,
 * trending) cover the projects the viewer may fully browse ({@link AccessPolicy#fullyBrowsableProjects}), so that no
 * count reveals an issue the viewer cannot see.
 */
public final class HashtagService {
    /** Newest issues of a tag sampled for its related tags. */
    static final int RELATED_SAMPLE = 200;
    static final int RELATED_LIMIT = 8;
    /** Days before the trending window whose daily rate predicts it. */
    static final int BASELINE_DAYS = 28;
    static final int MIN_TRENDING_COUNT = 3;
    public static final int MAX_TRENDING_HOURS = 168;
    /** Suggestions fetched per suggestion asked, so that dropping tags the viewer cannot see still fills the list. */
    private static final int SUGGEST_OVERFETCH = 3;
    /** Batches a tag page reads at most to fill itself when many issues are hidden from the viewer. */
    private static final int PAGE_REFILLS = 5;
    private static final int PAGE_MAX_BATCH = 400;
    private static final int RACE_ATTEMPTS = 3;
    private static final String CURSOR_PREFIX = "i";

    private final Store store;
    private final Clock clock;
    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final FollowService follows;
    private final ActivityService activity;
    private final HashtagExtractor extractor = new HashtagExtractor();
    private final TagCatalog catalog;
    private final TagCounts counts;
    private final IssueTagging tagging;
    private final TaggedIssues taggedIssues;

    public HashtagService(Store store, Clock clock, IssueDirectory issues, AccessPolicy access, FollowService follows,
                          ActivityService activity) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.issues = Objects.requireNonNull(issues);
        this.access = Objects.requireNonNull(access);
        this.follows = Objects.requireNonNull(follows);
        this.activity = Objects.requireNonNull(activity);
        this.catalog = new TagCatalog(store);
        this.counts = new TagCounts(store, catalog);
        this.tagging = new IssueTagging(store, catalog, counts);
        this.taggedIssues = new TaggedIssues(store, catalog);
    }

    // ---------------------------------------------------------------------------------------------- issue changes

    /**
     * Brings the issue's tags up to date with one change, inside the engine's transaction: re-reads summary and
     * description (and the new comment), writes only the difference. DELETED removes every tag of the issue.
     */
    TagDiff applyChange(IssueChange change) {
        IssueRef issue = change.issue();
        long at = change.at().toEpochMilli();
        IssueTagging.Edit edit = tagging.edit(issue.id(), issue.projectId());
        if (change.kind() == IssueChange.Kind.DELETED) {
            List.copyOf(edit.existing().keySet()).forEach(edit::untag);
            return edit.write(change.actor(), at);
        }
        List<Candidate> text = textTags(issue);
        List<Candidate> comment = change.comment().map(this::tagsOf).orElse(List.of());
        List<Candidate> all = new ArrayList<>(text);
        all.addAll(comment);
        Map<String, Candidate> targets = edit.resolve(all).targets();
        Set<String> textTargets = targetTags(text, targets);
        Set<String> commentTargets = targetTags(comment, targets);
        for (IssueHashtagEntity row : edit.existing().values()) {
            if (edit.sourceOf(row) == TagSource.TEXT && !textTargets.contains(row.getTag())
                    && !commentTargets.contains(row.getTag())) {
                edit.untag(row.getTag());
            }
        }
        text.stream().map(c -> targets.get(c.tag())).filter(Objects::nonNull).forEach(t -> edit.tag(t, TagSource.TEXT));
        comment.stream().map(c -> targets.get(c.tag())).filter(Objects::nonNull)
                .forEach(t -> edit.tag(t, TagSource.COMMENT));
        return edit.write(change.actor(), at);
    }

    private static Set<String> targetTags(List<Candidate> candidates, Map<String, Candidate> targets) {
        Set<String> tags = new LinkedHashSet<>();
        for (Candidate candidate : candidates) {
            Candidate target = targets.get(candidate.tag());
            if (target != null) {
                tags.add(target.tag());
            }
        }
        return tags;
    }

    /** The tags of an issue's summary and description, in order of first appearance. */
    private List<Candidate> textTags(IssueRef issue) {
        Map<String, Candidate> tags = new LinkedHashMap<>();
        for (String text : List.of(issue.summary(), issue.description())) {
            for (ExtractedHashtag hashtag : extractor.extract(text)) {
                tags.putIfAbsent(hashtag.tag(), Candidate.of(hashtag));
            }
        }
        return List.copyOf(tags.values());
    }

    private List<Candidate> tagsOf(String text) {
        return extractor.extract(text).stream().map(Candidate::of).toList();
    }

    // ------------------------------------------------------------------------------------------------ extraction

    /** The normalized tags of a text, in order of first appearance, without duplicates. */
    public List<String> extractTags(CharSequence text) {
        return extractor.extractTags(text);
    }

    // --------------------------------------------------------------------------------------- one issue's tags

    /** The issue's tags, if the viewer may browse it. */
    public HashtagOutcome<IssueHashtags> issueTags(Optional<String> viewer, String issueKey) {
        Optional<IssueRef> issue = visibleIssue(viewer, issueKey);
        if (issue.isEmpty()) {
            return HashtagOutcome.rejected(Reason.ISSUE_NOT_FOUND);
        }
        return HashtagOutcome.done(new IssueHashtags(issue.get().key(), tagsOfIssue(issue.get().id())));
    }

    /**
     * Adds tags by hand (as typed: {@code vpn}, {@code #VPN}); they stay until removed by hand. All or nothing: an
     * invalid or blocked tag refuses the whole request. One transaction.
     */
    public HashtagOutcome<IssueHashtags> addTags(String actor, String issueKey, List<String> tags) {
        Objects.requireNonNull(actor, "actor");
        List<String> invalid = new ArrayList<>();
        List<Candidate> candidates = typedTags(tags, invalid);
        if (!invalid.isEmpty() || candidates.isEmpty()) {
            return HashtagOutcome.rejected(Reason.INVALID_TAG, invalid);
        }
        Optional<IssueRef> found = visibleIssue(Optional.of(actor), issueKey);
        if (found.isEmpty()) {
            return HashtagOutcome.rejected(Reason.ISSUE_NOT_FOUND);
        }
        IssueRef issue = found.get();
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            IssueTagging.Edit edit = tagging.edit(issue.id(), issue.projectId());
            TagCatalog.Resolution resolution = edit.resolve(candidates);
            if (!resolution.blocked().isEmpty()) {
                return HashtagOutcome.rejected(Reason.BLOCKED_TAG, resolution.blocked());
            }
            for (Candidate candidate : candidates) {
                edit.tag(resolution.targets().get(candidate.tag()), TagSource.MANUAL);
            }
            Instant now = clock.instant();
            TagDiff diff = edit.write(actor, now.toEpochMilli());
            if (!diff.added().isEmpty()) {
                recordTagged(actor, issue, diff, now);
            }
            return HashtagOutcome.done(new IssueHashtags(issue.key(), edit.tagsAfterWrite()));
        });
    }

    /**
     * Removes a tag by hand, whatever its source, unless the current summary or description holds it. Removing a
     * tag the issue does not carry changes nothing. One transaction.
     */
    public HashtagOutcome<IssueHashtags> removeTag(String actor, String issueKey, String tag) {
        Objects.requireNonNull(actor, "actor");
        Optional<String> normalized = HashtagExtractor.normalizeTag(tag);
        if (normalized.isEmpty()) {
            return HashtagOutcome.rejected(Reason.INVALID_TAG, List.of(String.valueOf(tag)));
        }
        Optional<IssueRef> found = visibleIssue(Optional.of(actor), issueKey);
        if (found.isEmpty()) {
            return HashtagOutcome.rejected(Reason.ISSUE_NOT_FOUND);
        }
        IssueRef issue = found.get();
        String removed = normalized.get();
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            IssueTagging.Edit edit = tagging.edit(issue.id(), issue.projectId());
            if (edit.existing().containsKey(removed)) {
                boolean inText = edit.resolve(textTags(issue)).targets().values().stream()
                        .anyMatch(target -> target.tag().equals(removed));
                if (inText) {
                    return HashtagOutcome.rejected(Reason.WRITTEN_IN_TEXT, List.of(removed));
                }
                edit.untag(removed);
                edit.write(actor, clock.millis());
            }
            return HashtagOutcome.done(new IssueHashtags(issue.key(), edit.tagsAfterWrite()));
        });
    }

    /**
     * The "hashtags added" activity of a manual add, as the engine's activity step records for an edit that adds
     * tags: delivered to followers of the issue, its tags (now including the new ones), the actor and the project.
     */
    private void recordTagged(String actor, IssueRef issue, TagDiff diff, Instant at) {
        String sourceKey = "tagged:" + issue.id() + ":" + at.toEpochMilli() + ":" + actor;
        if (sourceKey.length() > ActivityDraft.MAX_SOURCE_KEY_LENGTH) {
            sourceKey = sourceKey.substring(0, ActivityDraft.MAX_SOURCE_KEY_LENGTH);
        }
        activity.record(ActivityDraft.onIssue(sourceKey, Verb.TAGGED, actor, issue, diff.after(), at)
                .withDetail(String.join(" ", diff.added())));
    }

    /** Tags as typed, normalized and without repeats; what is not a tag goes to {@code invalid}. */
    private static List<Candidate> typedTags(Collection<String> typed, List<String> invalid) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (String input : typed) {
            Optional<String> tag = HashtagExtractor.normalizeTag(input);
            if (tag.isPresent()) {
                candidates.putIfAbsent(tag.get(), new Candidate(tag.get(), typedDisplay(input)));
            } else {
                invalid.add(String.valueOf(input));
            }
        }
        return List.copyOf(candidates.values());
    }

    /** The spelling a user typed, without the sign: {@code "#VPN "} → {@code VPN}. */
    private static String typedDisplay(String input) {
        String body = input.strip();
        return body.startsWith("#") || body.startsWith("\uFF03") ? body.substring(1) : body;
    }

    private Optional<IssueRef> visibleIssue(Optional<String> viewer, String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        return issues.byKey(issueKey.strip()).filter(issue -> access.canBrowse(viewer, issue.id()));
    }

    // ---------------------------------------------------------------------------------------------- suggestions

    /**
     * Tags starting with a prefix (as typed, case-insensitive through the normal form; empty = any), most used
     * first. Two statements: the most used matching tags by their global count (the TAG index through a range
     * that bounds the prefix, see {@link Criteria#prefixRange}, or the ISSUE_COUNT index for short prefixes), then
     * their per-project counts, from which the viewer's visible count is summed.
     * A tag with no visible issue is left out, and every count shown covers visible issues only. Blocked and
     * merged tags are never suggested.
     */
    public List<TagSuggestion> suggest(Optional<String> viewer, String prefix, int limit) {
        requirePositive(limit, "limit");
        Optional<String> start = normalizePrefix(prefix);
        Set<Long> projects = access.fullyBrowsableProjects(viewer);
        if (start.isEmpty() || projects.isEmpty()) {
            return List.of();
        }
        String criteria = "MERGED_INTO IS NULL AND BLOCKED = ? AND ISSUE_COUNT > ?";
        List<Object> params = new ArrayList<>(List.of(false, 0));
        if (!start.get().isEmpty()) {
            Criteria.PrefixRange range = Criteria.prefixRange(start.get());
            criteria += " AND TAG >= ?";
            params.add(range.from());
            if (range.below().isPresent()) {
                criteria += " AND TAG < ?";
                params.add(range.below().get());
            }
            criteria += " AND TAG LIKE ?" + Criteria.LIKE_ESCAPE;
            params.add(Criteria.likePrefix(start.get()));
        }
        HashtagEntity[] candidates = store.find(HashtagEntity.class, Query.select().where(criteria, params.toArray())
                .order("ISSUE_COUNT DESC, TAG ASC").limit(limit * SUGGEST_OVERFETCH));
        if (candidates.length == 0) {
            return List.of();
        }
        Map<String, Integer> visible = visibleCounts(
                Arrays.stream(candidates).map(HashtagEntity::getTag).toList(), projects);
        List<TagSuggestion> suggestions = new ArrayList<>();
        for (HashtagEntity tag : candidates) {
            int count = visible.getOrDefault(tag.getTag(), 0);
            if (count > 0) {
                suggestions.add(new TagSuggestion(tag.getTag(), TagCatalog.displayOf(tag), count));
            }
        }
        suggestions.sort(Comparator.comparingInt(TagSuggestion::count).reversed()
                .thenComparing(TagSuggestion::tag));
        return List.copyOf(suggestions.subList(0, Math.min(limit, suggestions.size())));
    }

    /**
     * The normal form of the start of a tag: as {@link HashtagExtractor#normalizeTag}, but also for starts that are
     * no tag yet ({@code 24} of {@code 24x7}), which are normalized as the start of one. Empty when no tag can start
     * so; an empty string for an empty prefix.
     */
    static Optional<String> normalizePrefix(String prefix) {
        String body = prefix == null ? "" : prefix.strip();
        if (!body.isEmpty() && (body.charAt(0) == '#' || body.charAt(0) == '\uFF03')) {
            body = body.substring(1);
        }
        if (body.isEmpty()) {
            return Optional.of("");
        }
        Optional<String> tag = HashtagExtractor.normalizeTag(body);
        if (tag.isPresent()) {
            return tag;
        }
        return HashtagExtractor.normalizeTag(body + "x").filter(t -> t.endsWith("x"))
                .map(t -> t.substring(0, t.length() - 1));
    }

    /** Issues carrying each tag in the given projects, from HASHTAG_PROJECT: one statement per 500 tags. */
    private Map<String, Integer> visibleCounts(Collection<String> tags, Set<Long> projects) {
        Map<String, Integer> visible = new HashMap<>();
        for (List<String> chunk : InList.chunks(tags)) {
            for (HashtagProjectEntity row : store.find(HashtagProjectEntity.class, Query.select(
                    "ID, TAG, PROJECT_ID, ISSUE_COUNT").where(InList.in("TAG", chunk.size()), chunk.toArray()))) {
                if (projects.contains(row.getProjectId())) {
                    visible.merge(row.getTag(), row.getIssueCount(), Integer::sum);
                }
            }
        }
        return visible;
    }

    // ------------------------------------------------------------------------------------------------- tag page

    /**
     * A tag's page: its visible count, followers, related tags and its visible issues, newest (highest id) first,
     * {@code limit} at a time. A merged tag shows its target. A tag nobody used yet is an empty page, as is a tag
     * used only on issues the viewer cannot see: neither is told apart from the other.
     */
    public HashtagOutcome<TagPage> tagPage(Optional<String> viewer, String tag, int limit, Optional<String> cursor) {
        requirePositive(limit, "limit");
        Optional<String> normalized = HashtagExtractor.normalizeTag(tag);
        if (normalized.isEmpty()) {
            return HashtagOutcome.rejected(Reason.INVALID_TAG, List.of(String.valueOf(tag)));
        }
        long before = Long.MAX_VALUE;
        if (cursor.isPresent()) {
            Optional<Long> decoded = decodeCursor(cursor.get());
            if (decoded.isEmpty()) {
                return HashtagOutcome.rejected(Reason.INVALID_CURSOR);
            }
            before = decoded.get();
        }
        String shown = normalized.get();
        String display = shown;
        HashtagEntity row = catalog.load(List.of(shown)).get(shown);
        if (row != null && row.getMergedInto() != null) {
            shown = row.getMergedInto();
            row = catalog.load(List.of(shown)).get(shown);
            display = shown;
        }
        if (row != null) {
            display = TagCatalog.displayOf(row);
        }
        Set<Long> projects = access.fullyBrowsableProjects(viewer);
        int count = visibleCounts(List.of(shown), projects).getOrDefault(shown, 0);
        int followers = follows.followerCount(FollowTarget.hashtag(shown));
        List<RelatedTag> related = cursor.isEmpty() ? related(shown, projects) : List.of();
        IssuePage page = issuesOf(viewer, shown, limit, before);
        return HashtagOutcome.done(new TagPage(shown, display, count, followers, related, page.issues(), page.next()));
    }

    private record IssuePage(List<TaggedIssue> issues, Optional<String> next) {
    }

    /**
     * The viewer's issues of a tag with ids below {@code before}, newest first, read along the (TAG, ISSUE_ID) index
     * in batches; hidden issues are skipped and the page refilled from the next batch, at most
     * {@link #PAGE_REFILLS} batches per page, so a tag whose issues are mostly hidden returns a short page with a
     * cursor rather than scanning everything at once.
     */
    private IssuePage issuesOf(Optional<String> viewer, String tag, int limit, long before) {
        List<TaggedIssue> page = new ArrayList<>();
        long scannedTo = before;
        int batch = limit + 1;
        for (int round = 0; round < PAGE_REFILLS; round++) {
            List<TagRow> rows = newestOfTag("ID, ISSUE_ID, TAGGED_AT", "TAG = ? AND ISSUE_ID < ?",
                    new Object[] {tag, scannedTo}, batch);
            List<Long> ids = rows.stream().map(TagRow::issueId).toList();
            Map<Long, IssueRef> visible = ids.isEmpty() ? Map.of() : issues.byIds(access.browsableIssues(viewer, ids));
            for (int i = 0; i < rows.size(); i++) {
                scannedTo = rows.get(i).issueId();
                IssueRef issue = visible.get(scannedTo);
                if (issue == null) {
                    continue;
                }
                page.add(new TaggedIssue(issue.key(), issue.summary(), issue.status(), issue.resolved(),
                        Instant.ofEpochMilli(rows.get(i).taggedAt())));
                if (page.size() == limit) {
                    boolean more = i < rows.size() - 1 || rows.size() == batch;
                    return new IssuePage(page, more ? Optional.of(encodeCursor(scannedTo)) : Optional.empty());
                }
            }
            if (rows.size() < batch) {
                return new IssuePage(page, Optional.empty());
            }
            batch = Math.min(batch * 2, PAGE_MAX_BATCH);
        }
        return new IssuePage(page, Optional.of(encodeCursor(scannedTo)));
    }

    /**
     * The tags most often found together with this one on its newest {@link #RELATED_SAMPLE} issues in projects the
     * viewer may fully browse. Three statements: the sample (along the (TAG, ISSUE_ID) index), the sample's other
     * tags, their spellings.
     */
    private List<RelatedTag> related(String tag, Set<Long> projects) {
        if (projects.isEmpty()) {
            return List.of();
        }
        List<Long> sample = new ArrayList<>();
        for (TagRow row : newestOfTag("ID, ISSUE_ID, PROJECT_ID", "TAG = ?", new Object[] {tag}, RELATED_SAMPLE)) {
            if (projects.contains(row.projectId())) {
                sample.add(row.issueId());
            }
        }
        if (sample.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> together = new HashMap<>();
        for (IssueHashtagEntity row : store.find(IssueHashtagEntity.class, Query.select("ID, TAG").where(
                InList.in("ISSUE_ID", sample.size()) + " AND TAG <> ?", Criteria.params(sample, tag)))) {
            together.merge(row.getTag(), 1, Integer::sum);
        }
        List<String> top = together.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(RELATED_LIMIT).map(Map.Entry::getKey).toList();
        Map<String, HashtagEntity> rows = top.isEmpty() ? Map.of() : catalog.load(top);
        return top.stream().map(t -> new RelatedTag(t,
                rows.containsKey(t) ? TagCatalog.displayOf(rows.get(t)) : t, together.get(t))).toList();
    }

    /** The columns of one ISSUE_HASHTAG row a tag's page reads; 0 for a column not selected. */
    private record TagRow(long issueId, long projectId, long taggedAt) {
    }

    /**
     * A tag's newest rows, reading only {@code fields}: through {@link Store#stream}, because Active Objects'
     * {@code find} selects every column whatever the query names, while {@code stream} selects what it is told. With
     * the (TAG, ISSUE_ID, PROJECT_ID, TAGGED_AT, ID) index holding all of them, PostgreSQL reads the page straight
     * off the index in key order; a {@code find} of all columns got a generic plan that sorted every row of the tag
     * (see IssueHashtagEntity's tag_page index).
     */
    private List<TagRow> newestOfTag(String fields, String criteria, Object[] params, int limit) {
        boolean project = fields.contains("PROJECT_ID");
        boolean taggedAt = fields.contains("TAGGED_AT");
        List<TagRow> rows = new ArrayList<>(limit);
        store.stream(IssueHashtagEntity.class, Query.select(fields).where(criteria, params).order("ISSUE_ID DESC")
                .limit(limit), row -> rows.add(new TagRow(row.getIssueId(), project ? row.getProjectId() : 0,
                taggedAt ? row.getTaggedAt() : 0)));
        return rows;
    }

    private static String encodeCursor(long issueId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + issueId).getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<Long> decodeCursor(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith(CURSOR_PREFIX)) {
                return Optional.empty();
            }
            long issueId = Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
            return issueId > 0 ? Optional.of(issueId) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------------------------- trending

    /**
     * Tags used more than usual: for each tag tagged at least {@link #MIN_TRENDING_COUNT} times in the last
     * {@code hours} on issues of projects the viewer may fully browse (of one project, when given), the count, the
     * count expected from its daily rate over the {@link #BASELINE_DAYS} whole UTC days before the window (HASHTAG_DAY)
     * scaled to {@code hours}, and the Poisson z-score {@link TrendingTag#zScore}; highest score first. A tagging is a
     * tag an issue still carries, at the time it came to the issue. Three statements: the window's rows (TAGGED_AT
     * index), the candidates' baseline days, their spellings.
     */
    public List<TrendingTag> trending(Optional<String> viewer, int hours, int limit, Optional<Long> projectId) {
        if (hours < 1 || hours > MAX_TRENDING_HOURS) {
            throw new IllegalArgumentException("hours must be between 1 and " + MAX_TRENDING_HOURS);
        }
        requirePositive(limit, "limit");
        Set<Long> projects = new HashSet<>(access.fullyBrowsableProjects(viewer));
        projectId.ifPresent(id -> projects.retainAll(Set.of(id)));
        if (projects.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        long windowStart = now.minus(Duration.ofHours(hours)).toEpochMilli();
        Map<String, Integer> counts = new HashMap<>();
        store.stream(IssueHashtagEntity.class, Query.select("ID, TAG, PROJECT_ID")
                .where("TAGGED_AT > ? AND TAGGED_AT <= ?", windowStart, now.toEpochMilli()), row -> {
                    if (projects.contains(row.getProjectId())) {
                        counts.merge(row.getTag(), 1, Integer::sum);
                    }
                });
        List<String> candidates = counts.entrySet().stream().filter(e -> e.getValue() >= MIN_TRENDING_COUNT)
                .map(Map.Entry::getKey).sorted().toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        long baselineEnd = Math.floorDiv(windowStart, TagCounts.DAY_MILLIS);
        Map<String, Integer> baseline = new HashMap<>();
        for (List<String> chunk : InList.chunks(candidates)) {
            for (HashtagDayEntity day : store.find(HashtagDayEntity.class, Query.select("ID, TAG, PROJECT_ID, USES")
                    .where(InList.in("TAG", chunk.size()) + " AND EPOCH_DAY >= ? AND EPOCH_DAY < ?",
                            Criteria.params(chunk, Math.toIntExact(baselineEnd - BASELINE_DAYS),
                                    Math.toIntExact(baselineEnd))))) {
                if (projects.contains(day.getProjectId())) {
                    baseline.merge(day.getTag(), day.getUses(), Integer::sum);
                }
            }
        }
        Map<String, HashtagEntity> rows = catalog.load(candidates);
        List<TrendingTag> trending = new ArrayList<>();
        for (String tag : candidates) {
            int count = counts.get(tag);
            double expected = baseline.getOrDefault(tag, 0) * (double) hours / (BASELINE_DAYS * 24);
            String display = rows.containsKey(tag) ? TagCatalog.displayOf(rows.get(tag)) : tag;
            trending.add(new TrendingTag(tag, display, count, expected, TrendingTag.zScore(count, expected)));
        }
        trending.sort(Comparator.comparingDouble(TrendingTag::score).reversed()
                .thenComparing(Comparator.comparingInt(TrendingTag::count).reversed())
                .thenComparing(TrendingTag::tag));
        return List.copyOf(trending.subList(0, Math.min(limit, trending.size())));
    }

    // ---------------------------------------------------------------------------------------------------- admin

    /**
     * Merges tags into another (admin only): every issue of each {@code from} tag carries {@code into} instead (an
     * issue with both keeps one row, with the stickier source), each {@code from} tag redirects to {@code into} from
     * now on (text and typed uses are stored as {@code into}, its page shows {@code into}), tags merged earlier into
     * a {@code from} tag redirect to {@code into} too, their followers follow {@code into} instead, and all counts are
     * rebuilt. Merging into a tag that was itself
     * merged merges into its target; merging into a blocked tag is refused. Running it again moves any stragglers.
     * One transaction.
     */
    public HashtagOutcome<MergeResult> merge(Optional<String> admin, List<String> from, String into) {
        if (!access.isAdmin(admin)) {
            return HashtagOutcome.rejected(Reason.NOT_ADMIN);
        }
        List<String> invalid = new ArrayList<>();
        List<Candidate> sources = typedTags(from, invalid);
        List<Candidate> target = typedTags(List.of(String.valueOf(into)), invalid);
        if (!invalid.isEmpty() || sources.isEmpty()) {
            return HashtagOutcome.rejected(Reason.INVALID_TAG, invalid);
        }
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS,
                () -> mergeInTransaction(sources, target.get(0)));
    }

    /** Renames a tag (admin only): a merge into the new name, which keeps the spelling given. */
    public HashtagOutcome<MergeResult> rename(Optional<String> admin, String from, String to) {
        return merge(admin, List.of(String.valueOf(from)), to);
    }

    private HashtagOutcome<MergeResult> mergeInTransaction(List<Candidate> sources, Candidate into) {
        long now = clock.millis();
        HashtagEntity target = catalog.load(List.of(into.tag())).get(into.tag());
        if (target != null && target.getMergedInto() != null) {
            target = catalog.getOrCreate(new Candidate(target.getMergedInto(), target.getMergedInto()), now);
        }
        if (target == null) {
            target = catalog.getOrCreate(into, now);
        }
        if (target.isBlocked()) {
            return HashtagOutcome.rejected(Reason.TARGET_BLOCKED, List.of(target.getTag()));
        }
        String intoTag = target.getTag();
        if (sources.stream().anyMatch(source -> source.tag().equals(intoTag))) {
            return HashtagOutcome.rejected(Reason.SAME_TAG, List.of(intoTag));
        }
        String intoDisplay = TagCatalog.displayOf(target);
        List<String> locked = new ArrayList<>(List.of(intoTag));
        for (Candidate source : sources) {
            catalog.getOrCreate(source, now);
            locked.add(source.tag());
        }
        catalog.lock(locked);
        int moved = 0;
        int deduplicated = 0;
        int followsMoved = 0;
        List<String> merged = new ArrayList<>();
        for (Candidate source : sources) {
            int[] result = moveRows(source.tag(), intoTag, intoDisplay);
            moved += result[0];
            deduplicated += result[1];
            HashtagEntity row = catalog.load(List.of(source.tag())).get(source.tag());
            row.setMergedInto(intoTag);
            row.save();
            for (HashtagEntity earlier : store.find(HashtagEntity.class,
                    Query.select().where("MERGED_INTO = ?", source.tag()))) {
                earlier.setMergedInto(intoTag);
                earlier.save();
            }
            counts.rebuild(source.tag());
            followsMoved += follows.retarget(FollowTarget.hashtag(source.tag()), FollowTarget.hashtag(intoTag));
            merged.add(source.tag());
        }
        counts.rebuild(intoTag);
        return HashtagOutcome.done(new MergeResult(intoTag, merged, moved, deduplicated, followsMoved));
    }

    /**
     * Moves a tag's rows to another tag, {@link Criteria#CHUNK} rows at a time (four statements each), keeping who
     * tagged when. Returns {moved, deduplicated}.
     */
    private int[] moveRows(String from, String into, String intoDisplay) {
        int moved = 0;
        int deduplicated = 0;
        while (true) {
            IssueHashtagEntity[] rows = store.find(IssueHashtagEntity.class,
                    Query.select().where("TAG = ?", from).order("ID").limit(InList.CHUNK));
            if (rows.length == 0) {
                return new int[] {moved, deduplicated};
            }
            List<Long> issueIds = Arrays.stream(rows).map(IssueHashtagEntity::getIssueId).toList();
            Map<Long, IssueHashtagEntity> existing = new HashMap<>();
            for (IssueHashtagEntity row : store.find(IssueHashtagEntity.class, Query.select().where(
                    "TAG = ? AND " + InList.in("ISSUE_ID", issueIds.size()), Criteria.params(List.of(into),
                            issueIds.toArray())))) {
                existing.put(row.getIssueId(), row);
            }
            List<Map<String, Object>> inserts = new ArrayList<>();
            List<Integer> ids = new ArrayList<>();
            for (IssueHashtagEntity row : rows) {
                ids.add(row.getID());
                IssueHashtagEntity kept = existing.get(row.getIssueId());
                TagSource source = TagSource.ofColumn(row.getSource());
                if (kept != null) {
                    deduplicated++;
                    if (source.isStickierThan(TagSource.ofColumn(kept.getSource()))) {
                        kept.setSource(source.column());
                        kept.save();
                    }
                    continue;
                }
                moved++;
                Map<String, Object> moving = new HashMap<>();
                moving.put("ISSUE_TAG", row.getIssueId() + ":" + into);
                moving.put("ISSUE_ID", row.getIssueId());
                moving.put("PROJECT_ID", row.getProjectId());
                moving.put("TAG", into);
                moving.put("DISPLAY", intoDisplay);
                moving.put("SOURCE", source.column());
                moving.put("TAGGED_AT", row.getTaggedAt());
                if (row.getTaggedBy() != null) {
                    moving.put("TAGGED_BY", row.getTaggedBy());
                }
                inserts.add(moving);
            }
            store.deleteWithSQL(IssueHashtagEntity.class, InList.in("ID", ids.size()), ids.toArray());
            store.create(IssueHashtagEntity.class, inserts);
        }
    }

    /**
     * Blocks a tag (admin only): it is removed from every issue now, in this transaction, and is never stored
     * again — text that holds it is ignored, typing it is refused, it leaves suggestions and trending. Tags merged
     * into it are blocked with it. Unblocking does not bring the removed rows back; text tags return at the next
     * change of their issue.
     */
    public HashtagOutcome<BlockResult> block(Optional<String> admin, String tag) {
        return setBlocked(admin, tag, true);
    }

    /** Lets a blocked tag be used again (admin only). */
    public HashtagOutcome<BlockResult> unblock(Optional<String> admin, String tag) {
        return setBlocked(admin, tag, false);
    }

    private HashtagOutcome<BlockResult> setBlocked(Optional<String> admin, String tag, boolean blocked) {
        if (!access.isAdmin(admin)) {
            return HashtagOutcome.rejected(Reason.NOT_ADMIN);
        }
        Optional<String> normalized = HashtagExtractor.normalizeTag(tag);
        if (normalized.isEmpty()) {
            return HashtagOutcome.rejected(Reason.INVALID_TAG, List.of(String.valueOf(tag)));
        }
        Candidate candidate = new Candidate(normalized.get(), typedDisplay(tag));
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            HashtagEntity row = catalog.getOrCreate(candidate, clock.millis());
            if (row.isBlocked() != blocked) {
                row.setBlocked(blocked);
                row.save();
            }
            int removed = blocked ? store.deleteWithSQL(IssueHashtagEntity.class, "TAG = ?", candidate.tag()) : 0;
            counts.rebuild(candidate.tag());
            return HashtagOutcome.done(new BlockResult(candidate.tag(), blocked, removed));
        });
    }

    /** The blocked tags, alphabetically (admin only). */
    public HashtagOutcome<List<String>> blockedTags(Optional<String> admin) {
        if (!access.isAdmin(admin)) {
            return HashtagOutcome.rejected(Reason.NOT_ADMIN);
        }
        List<String> tags = new ArrayList<>();
        for (HashtagEntity row : store.find(HashtagEntity.class,
                Query.select().where("BLOCKED = ?", true).order("TAG ASC"))) {
            tags.add(row.getTag());
        }
        return HashtagOutcome.done(tags);
    }

    // --------------------------------------------------------------------------------------------- Jira helpers

    /**
     * Imports an issue's labels (or component names) as manual tags, tagged now; see
     * {@link #importLabels(long, long, List, Instant)}.
     */
    public LabelImport importLabels(long issueId, long projectId, List<String> labels) {
        return importLabels(issueId, projectId, labels, clock.instant());
    }

    /**
     * Imports an issue's labels as manual tags (for the Jira admin action): each label normalized as a typed tag,
     * labels that are no hashtag (spaces, digits only, too long) and blocked ones skipped and counted, merged ones
     * stored as their target. Idempotent: a second run finds every tag there. Pass the issue's creation time as
     * {@code taggedAt} so that a bulk import does not look like a sudden trend. Runs in a transaction of its own
     * (joins the caller's, if one is open).
     */
    public LabelImport importLabels(long issueId, long projectId, List<String> labels, Instant taggedAt) {
        List<String> invalid = new ArrayList<>();
        List<Candidate> candidates = typedTags(labels, invalid);
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            IssueTagging.Edit edit = tagging.edit(issueId, projectId);
            TagCatalog.Resolution resolution = edit.resolve(candidates);
            int imported = 0;
            int already = 0;
            for (Candidate candidate : candidates) {
                Candidate target = resolution.targets().get(candidate.tag());
                if (target == null) {
                    continue;
                }
                if (edit.has(target.tag())) {
                    already++;
                } else {
                    imported++;
                }
                edit.tag(target, TagSource.MANUAL);
            }
            edit.write(null, taggedAt.toEpochMilli());
            return new LabelImport(imported, already, invalid.size(), resolution.blocked().size());
        });
    }

    /**
     * The ids of issues carrying any of these tags (as typed; merged tags count as their target), newest (highest
     * id) first, at most {@code limit} issues: for the JQL function {@code issue in hashtag("vpn")}. Not filtered by
     * permission — JQL filters its results itself. Two statements, along the (TAG, ISSUE_ID) index.
     */
    public Set<Long> issueIdsTagged(Collection<String> tags, int limit) {
        return taggedIssues.issueIdsTagged(tags, limit);
    }

    /**
     * An issue's tags in the order they came to it, unfiltered: for the Jira app's read-only "Hashtags" field and
     * other host-side code that has already checked the issue. One statement.
     */
    public List<IssueHashtag> tagsOfIssue(long issueId) {
        return taggedIssues.tagsOfIssue(issueId);
    }

    // ---------------------------------------------------------------------------------------------------- misc

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
