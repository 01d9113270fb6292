package com.socialitsm.hashtag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.host.HistoricIssues;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.store.InList;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.ExtractedHashtag;
import com.socialitsm.tag.HashtagExtractor;
import com.socialitsm.tag.IssueTagRemovals;
import com.socialitsm.tag.TagDiff;

/**
 * Writes the tags of one issue: loads its ISSUE_HASHTAG rows once, works out the difference to what the issue
 * should carry, writes only that difference and records the count changes it makes. Every path that tags an issue
 * (issue changes, tags added and removed by hand, label import, deletion) goes through here, inside a transaction
 * its caller holds. Issue changes come in through {@link #applyChange}, which keeps the text rules (see
 * {@link HashtagService} for them). Whatever removes tags from an issue here reports them to {@link IssueTagRemovals}
 * in the same transaction.
 */
final class IssueTagging {
    private final Store store;
    private final TagCatalog catalog;
    private final TagCounts counts;
    private final IssueTagRemovals removals;
    private final HashtagExtractor extractor = new HashtagExtractor();

    IssueTagging(Store store, TagCatalog catalog, TagCounts counts, IssueTagRemovals removals) {
        this.store = store;
        this.catalog = catalog;
        this.counts = counts;
        this.removals = removals;
    }

    /**
     * The most tags an issue keeps from its text (summary, description and comments, sources {@code text} and
     * {@code comment}): the first ones, in order of appearance, so that one long text cannot put thousands of tags on
     * an issue (a 32 KB description held 4,600) and a change costs a bounded number of statements.
     */
    static final int MAX_TEXT_TAGS = 100;
    /** The most tags an issue keeps added by hand: adding more is refused ({@link HashtagRefusals#tooManyManual}). */
    static final int MAX_MANUAL_TAGS = 20;

    /**
     * Brings the issue's tags up to date with one change, inside the engine's transaction: re-reads summary and
     * description (and the new comment), writes only the difference. DELETED removes every tag of the issue.
     * Keeps at most {@link #MAX_TEXT_TAGS} tags from text: the comment tags it carries already (sticky, see
     * {@link TagSource}) hold their places, then the tags of the summary and description and those of the new comment
     * fill the places left, in order of appearance. So the tags kept follow from the text alone: an edit that
     * removes early tags lets later ones in.
     */
    TagDiff applyChange(IssueChange change) {
        IssueRef issue = change.issue();
        long at = change.at().toEpochMilli();
        Edit edit = edit(issue.id(), issue.projectId());
        if (change.kind() == IssueChange.Kind.DELETED) {
            List.copyOf(edit.existing().keySet()).forEach(edit::untag);
            return edit.write(change.actor(), at);
        }
        List<Candidate> text = textTags(issue);
        List<Candidate> comment = change.comment().map(this::tagsOf).orElse(List.of());
        List<Candidate> all = new ArrayList<>(text);
        all.addAll(comment);
        Map<String, Candidate> targets = edit.keepFirst(all).targets();
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

    /**
     * The backfill's write of one page of existing issues, inside the caller's transaction: adds the tags of each
     * issue's texts as if the engine had seen them when they were written, and its labels (when asked) as manual tags
     * dated by its creation, as the labels import would. Each tag is dated by the earliest text it appears in
     * (summary and description: the issue's creation; a comment: its own date), so the day counts describe the past;
     * its source is the stickiest that applies. Never removes a tag and never changes a row's date, so running it
     * again changes nothing. Returns the ids of the issues that got a tag.
     *
     * <p>The whole page is one write, so its statements do not grow with its issues or tags (up to
     * {@link InList#CHUNK} of each): one read of the page's tag rows, one or two to resolve every tag the page uses
     * ({@link TagCatalog#resolve}), one insert of the tags used for the first time, one insert of the tag rows and one
     * batch of count deltas ({@link TagCounts#record}) — one recount per page, not per issue. A tag row whose source
     * becomes stickier (only on a second run, or after the engine tagged the issue) is one update each.
     */
    Set<Long> tagPageFromHistory(List<HistoricIssues.HistoricIssue> page, boolean withLabels) {
        List<HistoricTags> wanted = new ArrayList<>();
        Map<String, Candidate> distinct = new LinkedHashMap<>();
        for (HistoricIssues.HistoricIssue issue : page) {
            HistoricTags tags = historicTags(issue, withLabels);
            tags.candidates.forEach(distinct::putIfAbsent);
            wanted.add(tags);
        }
        if (distinct.isEmpty()) {
            return Set.of();
        }
        Map<Long, Map<String, IssueHashtagEntity>> existing = rowsOf(page.stream()
                .map(HistoricIssues.HistoricIssue::issueId).toList());
        TagCatalog.Resolution resolution = catalog.resolve(distinct.values());
        Map<String, Candidate> firstUses = new HashMap<>();
        Map<String, Long> firstUsedAt = new HashMap<>();
        List<Map<String, Object>> inserts = new ArrayList<>();
        TagCounts.Changes changes = new TagCounts.Changes();
        Set<Long> tagged = new LinkedHashSet<>();
        for (HistoricTags issue : wanted) {
            Map<String, IssueHashtagEntity> rows = existing.getOrDefault(issue.issueId, Map.of());
            for (HistoricTag tag : issue.targets(resolution.targets()).values()) {
                IssueHashtagEntity row = rows.get(tag.target.tag());
                if (row != null) {
                    if (tag.source.isStickierThan(TagSource.ofColumn(row.getSource()))) {
                        row.setSource(tag.source.column());
                        row.save();
                    }
                    continue;
                }
                inserts.add(row(issue.issueId, issue.projectId, tag.target.tag(), tag.target.display(), tag.source,
                        tag.at, null));
                changes.added(tag.target.tag(), issue.projectId, tag.at);
                tagged.add(issue.issueId);
                if (resolution.unknown().contains(tag.target.tag())) {
                    firstUses.putIfAbsent(tag.target.tag(), tag.target);
                    firstUsedAt.merge(tag.target.tag(), tag.at, Math::min);
                }
            }
        }
        Map<Candidate, Long> createdAt = new HashMap<>();
        firstUses.forEach((name, spelling) -> createdAt.put(spelling, firstUsedAt.get(name)));
        catalog.createFirstUses(createdAt);
        for (List<Map<String, Object>> chunk : InList.chunks(inserts)) {
            store.create(IssueHashtagEntity.class, chunk);
        }
        counts.record(changes);
        return tagged;
    }

    /** The page's tag rows, by issue and tag: one statement per {@link InList#CHUNK} issues. */
    private Map<Long, Map<String, IssueHashtagEntity>> rowsOf(List<Long> issueIds) {
        Map<Long, Map<String, IssueHashtagEntity>> rows = new HashMap<>();
        for (List<Long> chunk : InList.chunks(issueIds)) {
            for (IssueHashtagEntity row : store.find(IssueHashtagEntity.class, Query.select("ID, ISSUE_ID, TAG, SOURCE")
                    .where(InList.in("ISSUE_ID", chunk.size()), chunk.toArray()))) {
                rows.computeIfAbsent(row.getIssueId(), id -> new HashMap<>()).put(row.getTag(), row);
            }
        }
        return rows;
    }

    /** What one existing issue's texts (and labels, when asked) say, each tag as written with its date and source. */
    private HistoricTags historicTags(HistoricIssues.HistoricIssue issue, boolean withLabels) {
        HistoricTags tags = new HistoricTags(issue.issueId(), issue.projectId());
        long created = issue.created().toEpochMilli();
        for (String text : List.of(issue.summary(), issue.description())) {
            tagsOf(text).forEach(candidate -> tags.note(candidate, created, TagSource.TEXT));
        }
        for (HistoricIssues.DatedText comment : issue.comments()) {
            long at = comment.at().toEpochMilli();
            tagsOf(comment.text()).forEach(candidate -> tags.note(candidate, at, TagSource.COMMENT));
        }
        if (withLabels) {
            Candidate.typed(issue.labels(), new ArrayList<>())
                    .forEach(candidate -> tags.note(candidate, created, TagSource.MANUAL));
        }
        return tags;
    }

    /** A tag to store on an existing issue: where it goes, dated by its earliest text, with its stickiest source. */
    private record HistoricTag(Candidate target, long at, TagSource source) {
        HistoricTag with(long otherAt, TagSource otherSource) {
            return new HistoricTag(target, Math.min(at, otherAt),
                    otherSource.isStickierThan(source) ? otherSource : source);
        }
    }

    /** The tags one existing issue's texts hold, as written, each with its earliest date and stickiest source. */
    private static final class HistoricTags {
        final long issueId;
        final long projectId;
        final Map<String, Candidate> candidates = new LinkedHashMap<>();
        final Map<String, HistoricTag> seen = new HashMap<>();

        HistoricTags(long issueId, long projectId) {
            this.issueId = issueId;
            this.projectId = projectId;
        }

        void note(Candidate candidate, long at, TagSource source) {
            candidates.putIfAbsent(candidate.tag(), candidate);
            seen.merge(candidate.tag(), new HistoricTag(candidate, at, source),
                    (earlier, now) -> earlier.with(now.at(), now.source()));
        }

        /** The tags to store, by target: a merged tag as its target, a blocked one left out. */
        Map<String, HistoricTag> targets(Map<String, Candidate> resolved) {
            Map<String, HistoricTag> targets = new LinkedHashMap<>();
            for (Candidate candidate : candidates.values()) {
                Candidate target = resolved.get(candidate.tag());
                if (target != null) {
                    // A tag not merged keeps this issue's own spelling, as a write of this issue alone would.
                    target = target.tag().equals(candidate.tag()) ? candidate : target;
                    HistoricTag tag = seen.get(candidate.tag());
                    targets.merge(target.tag(), new HistoricTag(target, tag.at(), tag.source()),
                            (first, other) -> first.with(other.at(), other.source()));
                }
            }
            return targets;
        }
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

    /** An ISSUE_HASHTAG row to insert. */
    static Map<String, Object> row(long issueId, long projectId, String tag, String display, TagSource source,
                                   long taggedAt, String taggedBy) {
        Map<String, Object> row = new HashMap<>();
        row.put("ISSUE_TAG", issueId + ":" + tag);
        row.put("ISSUE_ID", issueId);
        row.put("PROJECT_ID", projectId);
        row.put("TAG", tag);
        if (display != null) {
            row.put("DISPLAY", display);
        }
        row.put("SOURCE", source.column());
        row.put("TAGGED_AT", taggedAt);
        if (taggedBy != null) {
            row.put("TAGGED_BY", taggedBy);
        }
        return row;
    }

    /**
     * Whether the issue's summary or description holds tags it does not carry because of {@link #MAX_TEXT_TAGS}:
     * it carries that many tags from text and the text holds a tag it does not carry that is neither blocked nor
     * merged into one it carries. No statement unless the issue is at the cap; then one or two per
     * {@link InList#CHUNK} tags not carried, until one is found.
     */
    boolean textTruncated(IssueRef issue, List<IssueHashtag> carried) {
        long fromText = carried.stream().filter(tag -> tag.source().equals(TagSource.TEXT.shown())).count();
        if (fromText < MAX_TEXT_TAGS) {
            return false;
        }
        Set<String> tags = new HashSet<>();
        carried.forEach(tag -> tags.add(tag.tag()));
        List<Candidate> missing = textTags(issue).stream().filter(c -> !tags.contains(c.tag())).toList();
        for (List<Candidate> chunk : InList.chunks(missing)) {
            if (catalog.resolve(chunk).targets().values().stream().anyMatch(target -> !tags.contains(target.tag()))) {
                return true;
            }
        }
        return false;
    }

    /** The tags of an issue's summary and description, in order of first appearance. */
    List<Candidate> textTags(IssueRef issue) {
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

    /** Starts a set of changes to one issue's tags; nothing is written until {@link Edit#write}. */
    Edit edit(long issueId, long projectId) {
        return new Edit(issueId, projectId, TaggedIssues.rows(store, issueId));
    }

    /** Changes to one issue's tags, collected, then written at once. */
    final class Edit {
        private final long issueId;
        private final long projectId;
        private final Map<String, IssueHashtagEntity> existing = new LinkedHashMap<>();
        private final Map<String, Candidate> inserts = new LinkedHashMap<>();
        private final Map<String, TagSource> insertSources = new HashMap<>();
        private final Set<String> firstUses = new LinkedHashSet<>();
        private final Map<String, IssueHashtagEntity> deletes = new LinkedHashMap<>();
        private final Map<IssueHashtagEntity, TagSource> sourceChanges = new LinkedHashMap<>();

        private Edit(long issueId, long projectId, List<IssueHashtagEntity> rows) {
            this.issueId = issueId;
            this.projectId = projectId;
            rows.forEach(row -> existing.put(row.getTag(), row));
        }

        Map<String, IssueHashtagEntity> existing() {
            return existing;
        }

        boolean has(String tag) {
            return (existing.containsKey(tag) && !deletes.containsKey(tag)) || inserts.containsKey(tag);
        }

        TagSource sourceOf(IssueHashtagEntity row) {
            return sourceChanges.getOrDefault(row, TagSource.ofColumn(row.getSource()));
        }

        /**
         * Resolves the candidates the issue does not carry yet (merged → target, blocked → gone); tags it carries are
         * known to be neither. Returns every candidate's target, by tag as written.
         */
        TagCatalog.Resolution resolve(Collection<Candidate> candidates) {
            List<Candidate> unknown = candidates.stream().filter(c -> !existing.containsKey(c.tag())).toList();
            TagCatalog.Resolution resolution = catalog.resolve(unknown);
            Map<String, Candidate> targets = new LinkedHashMap<>();
            for (Candidate candidate : candidates) {
                if (existing.containsKey(candidate.tag())) {
                    targets.put(candidate.tag(), candidate);
                } else if (resolution.targets().containsKey(candidate.tag())) {
                    targets.put(candidate.tag(), resolution.targets().get(candidate.tag()));
                }
            }
            firstUses.addAll(resolution.unknown());
            return new TagCatalog.Resolution(targets, resolution.blocked(), resolution.unknown(), resolution.rows());
        }

        /**
         * Resolves tags from text (in order of appearance) as {@link #resolve} does, keeping only the first that fit
         * in {@link #MAX_TEXT_TAGS}: a tag the issue carries as {@code comment} or {@code manual} takes no new place
         * (comment tags hold theirs already), any other takes one of the places the comment tags leave. Resolves
         * {@link InList#CHUNK} candidates at a time and stops when the places are taken, so a text with thousands of
         * tags costs the statements of the first ones. The answer's targets hold the tags kept only.
         */
        TagCatalog.Resolution keepFirst(List<Candidate> candidates) {
            int places = MAX_TEXT_TAGS - (int) existing.values().stream()
                    .filter(row -> sourceOf(row) == TagSource.COMMENT).count();
            Set<String> placed = new HashSet<>();
            Map<String, Candidate> kept = new LinkedHashMap<>();
            List<String> blocked = new ArrayList<>();
            Set<String> unknown = new LinkedHashSet<>();
            Map<String, HashtagEntity> rows = new HashMap<>();
            List<Candidate> distinct = List.copyOf(new LinkedHashSet<>(candidates));
            for (List<Candidate> chunk : InList.chunks(distinct)) {
                TagCatalog.Resolution resolution = resolve(chunk);
                blocked.addAll(resolution.blocked());
                unknown.addAll(resolution.unknown());
                rows.putAll(resolution.rows());
                for (Candidate candidate : chunk) {
                    Candidate target = resolution.targets().get(candidate.tag());
                    if (target == null) {
                        continue;
                    }
                    IssueHashtagEntity row = existing.get(target.tag());
                    boolean sticky = row != null && sourceOf(row) != TagSource.TEXT;
                    if (sticky || placed.contains(target.tag())) {
                        kept.put(candidate.tag(), target);
                    } else if (placed.size() < places) {
                        placed.add(target.tag());
                        kept.put(candidate.tag(), target);
                    }
                }
                if (placed.size() >= places) {
                    break;
                }
            }
            return new TagCatalog.Resolution(kept, blocked, unknown, rows);
        }

        /** How many of the issue's tags have this source, counting the changes collected so far. */
        int count(TagSource source) {
            int count = 0;
            for (IssueHashtagEntity row : existing.values()) {
                if (!deletes.containsKey(row.getTag()) && sourceOf(row) == source) {
                    count++;
                }
            }
            for (String tag : inserts.keySet()) {
                if (insertSources.get(tag) == source) {
                    count++;
                }
            }
            return count;
        }

        /** Puts the tag on the issue with this source, or makes an existing row's source stickier. */
        void tag(Candidate target, TagSource source) {
            IssueHashtagEntity row = existing.get(target.tag());
            if (row != null) {
                if (deletes.remove(target.tag()) != null) {
                    if (TagSource.ofColumn(row.getSource()) != source) {
                        sourceChanges.put(row, source);
                    }
                } else if (source.isStickierThan(sourceOf(row))) {
                    sourceChanges.put(row, source);
                }
            } else if (!inserts.containsKey(target.tag()) || source.isStickierThan(insertSources.get(target.tag()))) {
                inserts.putIfAbsent(target.tag(), target);
                insertSources.put(target.tag(), source);
            }
        }

        void untag(String tag) {
            IssueHashtagEntity row = existing.get(tag);
            if (row != null) {
                deletes.put(tag, row);
                sourceChanges.remove(row);
            }
            inserts.remove(tag);
        }

        /**
         * Writes the collected changes and records the count changes they make. Also moves the issue's rows to its
         * current project when it moved (deleted and written again, in their order, so that a concurrent write of the
         * same rows is caught). Statements: none when nothing changed; otherwise the same few whatever the number of
         * changed tags — one delete, one insert batch, one batch of count changes ({@link TagCounts#record}).
         */
        TagDiff write(String actor, long at) {
            TagCounts.Changes changes = new TagCounts.Changes();
            List<Integer> deletedIds = new ArrayList<>();
            List<Map<String, Object>> rows = new ArrayList<>();
            deletes.values().forEach(row -> {
                deletedIds.add(row.getID());
                changes.removed(row.getTag(), row.getProjectId(), row.getTaggedAt());
            });
            for (IssueHashtagEntity row : existing.values()) {
                if (deletes.containsKey(row.getTag())) {
                    continue;
                }
                if (row.getProjectId() != projectId) {
                    deletedIds.add(row.getID());
                    changes.removed(row.getTag(), row.getProjectId(), row.getTaggedAt());
                    changes.added(row.getTag(), projectId, row.getTaggedAt());
                    rows.add(row(row.getTag(), row.getDisplay(), sourceOf(row), row.getTaggedAt(),
                            row.getTaggedBy()));
                } else if (sourceChanges.containsKey(row)) {
                    row.setSource(sourceChanges.get(row).column());
                    row.save();
                }
            }
            deleteExactly(deletedIds);
            if (!deletes.isEmpty()) {
                removals.removed(issueId, List.copyOf(deletes.keySet()));
            }
            createFirstUses(at);
            inserts.forEach((tag, candidate) -> {
                rows.add(row(tag, candidate.display(), insertSources.get(tag), at, actor));
                changes.added(tag, projectId, at);
            });
            store.create(IssueHashtagEntity.class, rows);
            counts.record(changes);
            Set<String> after = new LinkedHashSet<>(existing.keySet());
            after.removeAll(deletes.keySet());
            after.addAll(inserts.keySet());
            Map<String, String> taggedBy = new HashMap<>();
            existing.forEach((tag, row) -> taggedBy.put(tag, row.getTaggedBy() == null ? "" : row.getTaggedBy()));
            inserts.keySet().forEach(tag -> taggedBy.put(tag, actor == null ? "" : actor));
            taggedBy.keySet().retainAll(after);
            return new TagDiff(after, List.copyOf(inserts.keySet()), List.copyOf(deletes.keySet()), taggedBy);
        }

        private Map<String, Object> row(String tag, String display, TagSource source, long taggedAt,
                                        String taggedBy) {
            return IssueTagging.row(issueId, projectId, tag, display, source, taggedAt, taggedBy);
        }

        /**
         * Deletes the rows by id, all of them or none: a row another transaction deleted first (a concurrent change
         * of the same issue) would make this one's count change wrong, so that is a lost race, and the change runs
         * again on what the other committed.
         */
        private void deleteExactly(List<Integer> ids) {
            for (List<Integer> chunk : InList.chunks(ids)) {
                int deleted = store.deleteWithSQL(IssueHashtagEntity.class, InList.in("ID", chunk.size()),
                        chunk.toArray());
                if (deleted != chunk.size()) {
                    throw TagCounts.lostRace("tag rows of issue " + issueId + " were deleted by another transaction");
                }
            }
        }

        private void createFirstUses(long at) {
            List<Candidate> created = new ArrayList<>();
            for (Candidate candidate : inserts.values()) {
                if (firstUses.contains(candidate.tag())) {
                    created.add(candidate);
                }
            }
            catalog.createFirstUses(created, at);
        }

        /** The issue's tags as they are after {@link #write}, for answers. */
        List<IssueHashtag> tagsAfterWrite() {
            List<IssueHashtag> tags = new ArrayList<>();
            for (IssueHashtagEntity row : existing.values()) {
                if (!deletes.containsKey(row.getTag())) {
                    tags.add(new IssueHashtag(row.getTag(), TaggedIssues.displayOf(row), sourceOf(row).shown()));
                }
            }
            inserts.forEach((tag, candidate) ->
                    tags.add(new IssueHashtag(tag, candidate.display(), insertSources.get(tag).shown())));
            return tags;
        }
    }
}
