package com.socialitsm.hashtag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.store.InList;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.ExtractedHashtag;
import com.socialitsm.tag.HashtagExtractor;
import com.socialitsm.tag.TagDiff;

/**
 * Writes the tags of one issue: loads its ISSUE_HASHTAG rows once, works out the difference to what the issue
 * should carry, writes only that difference and records the count changes it makes. Every path that tags an issue
 * (issue changes, tags added and removed by hand, label import, deletion) goes through here, inside a transaction
 * its caller holds. Issue changes come in through {@link #applyChange}, which keeps the text rules (see
 * {@link HashtagService} for them).
 */
final class IssueTagging {
    private final Store store;
    private final TagCatalog catalog;
    private final TagCounts counts;
    private final HashtagExtractor extractor = new HashtagExtractor();

    IssueTagging(Store store, TagCatalog catalog, TagCounts counts) {
        this.store = store;
        this.catalog = catalog;
        this.counts = counts;
    }

    /**
     * Brings the issue's tags up to date with one change, inside the engine's transaction: re-reads summary and
     * description (and the new comment), writes only the difference. DELETED removes every tag of the issue.
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
            return new TagDiff(after, List.copyOf(inserts.keySet()), List.copyOf(deletes.keySet()));
        }

        private Map<String, Object> row(String tag, String display, TagSource source, long taggedAt,
                                        String taggedBy) {
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
