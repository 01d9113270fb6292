package com.socialitsm.hashtag;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import com.socialitsm.activity.ActivityDraft;
import com.socialitsm.activity.ActivityService;
import com.socialitsm.activity.Verb;
import com.socialitsm.follow.FollowService;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.listening.Chatter;
import com.socialitsm.host.HistoricIssues;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueCreation;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.IssueTagIndex;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.outcome.Refusal;
import com.socialitsm.settings.Settings;
import com.socialitsm.store.Store;
import com.socialitsm.tag.ExtractedHashtag;
import com.socialitsm.tag.HashtagExtractor;
import com.socialitsm.tag.IssueTagRemovals;
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
 * back): {@link HashtagRefusals#writtenInText}. A blocked tag is never stored; a merged tag is stored as its target.
 *
 * <p><b>Visibility.</b> Every read shows only what the viewer may browse. Counts (suggestions, a tag page,
 * trending) cover the projects the viewer may fully browse ({@link AccessPolicy#fullyBrowsableProjects}), so that no
 * count reveals an issue the viewer cannot see.
 *
 * <p><b>Where the work is done.</b> This class checks arguments, handles one issue's tags by hand and hands the rest
 * to one package-private class per section: {@link IssueTagging} (every write of an issue's tags, issue changes
 * included), {@link TagSuggestions}, {@link TagPages}, {@link TrendingTags}, {@link TagAdministration} (merge,
 * rename, block), {@link TaggedIssues} (the Jira app's unfiltered reads), over {@link TagCatalog} and
 * {@link TagCounts}.
 */
public final class HashtagService {
    public static final int MAX_TRENDING_HOURS = TrendingTags.MAX_HOURS;
    /** The most days {@link #tagDays} answers. */
    public static final int MAX_TAG_DAYS = TagDaysReader.MAX_DAYS;
    static final int RACE_ATTEMPTS = 3;

    private final Store store;
    private final Clock clock;
    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final ActivityService activity;
    private final HashtagExtractor extractor = new HashtagExtractor();
    private final IssueTagging tagging;
    private final TagSuggestions suggestions;
    private final TagPages pages;
    private final TrendingTags trending;
    private final TagDaysReader tagDays;
    private final TagAdministration administration;
    private final TaggedIssues taggedIssues;
    private final TagCountRollup countRollup;
    private final SpikeAlerts spikeAlerts;
    private final SpikeProblems spikeProblems;
    private final Settings settings;
    private final TagIndexNotices indexNotices;

    /**
     * {@code removals} hears of every tag that leaves an issue, in the transaction that removes it; {@code tagIndex}
     * hears of each issue whose tags changed by hand, by an admin, the labels import or the backfill, after the change
     * committed ({@link TagIndexNotices}); {@code indexLater} runs the index writes of an admin's change to many
     * issues (a thread the host owns, never a request's).
     */
    public HashtagService(Store store, Clock clock, IssueDirectory issues, AccessPolicy access, FollowService follows,
                          ActivityService activity, IssueTagRemovals removals, Settings settings, Chatter chatter,
                          IssueTagIndex tagIndex, Executor indexLater) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.issues = Objects.requireNonNull(issues);
        this.access = Objects.requireNonNull(access);
        Objects.requireNonNull(follows);
        this.activity = Objects.requireNonNull(activity);
        TagCatalog catalog = new TagCatalog(store);
        TagCounts counts = new TagCounts(store, clock);
        TagPrefixes prefixes = new TagPrefixes(store);
        this.tagging = new IssueTagging(store, catalog, counts, Objects.requireNonNull(removals));
        this.suggestions = new TagSuggestions(store, access, counts, prefixes, catalog);
        this.pages = new TagPages(store, issues, access, follows, catalog, counts);
        this.trending = new TrendingTags(store, clock, access, catalog, counts, Objects.requireNonNull(chatter));
        this.tagDays = new TagDaysReader(clock, access, catalog, counts);
        this.countRollup = new TagCountRollup(store, clock, counts, prefixes);
        this.indexNotices = new TagIndexNotices(store, Objects.requireNonNull(tagIndex),
                Objects.requireNonNull(indexLater));
        this.administration = new TagAdministration(store, clock, access, follows, catalog, counts, indexNotices);
        this.taggedIssues = new TaggedIssues(store, catalog);
        this.settings = Objects.requireNonNull(settings);
        this.spikeAlerts = new SpikeAlerts(store, clock, settings, issues, activity, counts);
        this.spikeProblems = new SpikeProblems(store, clock, issues, access, activity, settings);
    }

    /** Spike alerts, for the hosts' cluster-wide alert job ({@link SpikeAlerts#check}). */
    public SpikeAlerts spikeAlerts() {
        return spikeAlerts;
    }

    // ------------------------------------------------------------------------------------------------ spikes

    /**
     * Raises a problem from the tag's spike in the project (see {@link SpikeProblems}): created, or the spike's
     * existing problem; refused when not logged in, for a bad tag or hours, a project the user may not see (404),
     * no issue of the tag the user may see in the window (404), or when the host refuses the creation (403).
     */
    public Outcome<RaisedProblem> raiseProblem(Optional<String> viewer, String tag, String projectKey, int hours,
                                               IssueCreation host) {
        return spikeProblems.raise(viewer, tag, projectKey, hours, Objects.requireNonNull(host));
    }

    /** The spike settings (admins only). */
    public Outcome<SpikeSettings> spikeSettings(Optional<String> viewer) {
        if (!access.isAdmin(viewer)) {
            return Outcome.refused(HashtagRefusals.notAdmin());
        }
        return Outcome.done(SpikeSettings.read(settings));
    }

    /**
     * Replaces the spike settings (admins only); per-tag thresholds given are set, a tag given 0 loses its own. A
     * tag that is not a hashtag, or an alert project that does not exist, is refused.
     */
    public Outcome<SpikeSettings> updateSpikeSettings(Optional<String> viewer, SpikeSettings wanted) {
        if (!access.isAdmin(viewer)) {
            return Outcome.refused(HashtagRefusals.notAdmin());
        }
        if (wanted.alertProject().isPresent() && issues.projectByKey(wanted.alertProject().get()).isEmpty()) {
            return Outcome.refused(new Refusal(Problem.INVALID,
                    "bad_request", "There is no project " + wanted.alertProject().get() + ".", List.of()));
        }
        Map<String, Double> perTag = new LinkedHashMap<>();
        for (Map.Entry<String, Double> entry : wanted.tagThresholds().entrySet()) {
            Optional<String> tag = SpikeSettings.normalizedTag(entry.getKey());
            if (tag.isEmpty()) {
                return Outcome.refused(HashtagRefusals.invalidTag(List.of(entry.getKey())));
            }
            perTag.put(tag.get(), entry.getValue());
        }
        store.executeInTransaction(() -> {
            new SpikeSettings(wanted.enabled(), wanted.hours(), wanted.threshold(), wanted.minCount(),
                    wanted.cooldownHours(), Map.of(), wanted.alertProject(), wanted.problemIssueType(),
                    wanted.problemLinkType()).write(settings);
            perTag.forEach((tag, value) -> {
                if (value <= 0) {
                    settings.put(SpikeSettings.TAG_THRESHOLD_PREFIX + tag, "");
                } else {
                    settings.put(SpikeSettings.TAG_THRESHOLD_PREFIX + tag, Double.toString(value));
                }
            });
            return null;
        });
        return Outcome.done(SpikeSettings.read(settings));
    }

    /** The tag counts' rollup, for the hosts' cluster-wide rollup job. */
    public TagCountRollup countRollup() {
        return countRollup;
    }

    // ---------------------------------------------------------------------------------------------- issue changes

    /** The hashtag step of an issue change (see {@link IssueTagging#applyChange}), for {@link HashtagHandler}. */
    TagDiff applyChange(IssueChange change) {
        return tagging.applyChange(change);
    }

    /**
     * The backfill's write of one page of existing issues ({@link IssueTagging#tagPageFromHistory}: tags dated by
     * their texts, labels as manual tags when asked, never removed), in one transaction; then the host's index hears
     * of each issue that got a tag. Records no activity: the past is not news. Returns the ids of the issues tagged.
     */
    Set<Long> tagPageFromHistory(List<HistoricIssues.HistoricIssue> page, boolean withLabels) {
        Set<Long> tagged = store.executeInTransactionRetryingRaces(RACE_ATTEMPTS,
                () -> tagging.tagPageFromHistory(page, withLabels));
        indexNotices.indexNow(tagged);
        return tagged;
    }

    /** For the jobs: the host's index hears of these issues, whose tags changed in a transaction now committed. */
    void indexTagsOf(Collection<Long> issueIds) {
        indexNotices.indexNow(issueIds);
    }

    // ------------------------------------------------------------------------------------------------ extraction

    /** The normalized tags of a text, in order of first appearance, without duplicates. */
    public List<String> extractTags(CharSequence text) {
        return extractor.extractTags(text);
    }

    /**
     * Every hashtag of a text where it stands, repeats included, in text order: the ranges the front end turns into
     * links to the tag pages, so that the one grammar decides what is a tag wherever a text is shown.
     */
    public List<ExtractedHashtag> occurrences(CharSequence text) {
        return extractor.occurrences(text);
    }

    // --------------------------------------------------------------------------------------- one issue's tags

    /**
     * The issue's tags, if the viewer may browse it, and whether its text holds more than the
     * {@link IssueTagging#MAX_TEXT_TAGS} it keeps.
     */
    public Outcome<IssueHashtags> issueTags(Optional<String> viewer, String issueKey) {
        Optional<IssueRef> issue = visibleIssue(viewer, issueKey);
        if (issue.isEmpty()) {
            return Outcome.refused(HashtagRefusals.issueNotFound());
        }
        return Outcome.done(answer(issue.get(), tagsOfIssue(issue.get().id())));
    }

    /**
     * Adds tags by hand (as typed: {@code vpn}, {@code #VPN}); they stay until removed by hand. All or nothing: an
     * invalid or blocked tag refuses the whole request, as does one that would take the issue's manual tags past
     * {@link IssueTagging#MAX_MANUAL_TAGS}. One transaction.
     */
    public Outcome<IssueHashtags> addTags(String actor, String issueKey, List<String> tags) {
        Objects.requireNonNull(actor, "actor");
        List<String> invalid = new ArrayList<>();
        List<Candidate> candidates = Candidate.typed(tags, invalid);
        if (!invalid.isEmpty() || candidates.isEmpty()) {
            return Outcome.refused(HashtagRefusals.invalidTag(invalid));
        }
        Optional<IssueRef> found = visibleIssue(Optional.of(actor), issueKey);
        if (found.isEmpty()) {
            return Outcome.refused(HashtagRefusals.issueNotFound());
        }
        IssueRef issue = found.get();
        AtomicBoolean changed = new AtomicBoolean();
        Outcome<IssueHashtags> outcome = store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            changed.set(false);
            IssueTagging.Edit edit = tagging.edit(issue.id(), issue.projectId());
            TagCatalog.Resolution resolution = edit.resolve(candidates);
            if (!resolution.blocked().isEmpty()) {
                return Outcome.refused(HashtagRefusals.blockedTag(resolution.blocked()));
            }
            int manualBefore = edit.count(TagSource.MANUAL);
            for (Candidate candidate : candidates) {
                edit.tag(resolution.targets().get(candidate.tag()), TagSource.MANUAL);
            }
            int manualAfter = edit.count(TagSource.MANUAL);
            if (manualAfter > IssueTagging.MAX_MANUAL_TAGS && manualAfter > manualBefore) {
                return Outcome.refused(HashtagRefusals.tooManyManual(IssueTagging.MAX_MANUAL_TAGS));
            }
            Instant now = clock.instant();
            TagDiff diff = edit.write(actor, now.toEpochMilli());
            if (!diff.added().isEmpty()) {
                changed.set(true);
                recordTagged(actor, issue, diff, now);
            }
            return Outcome.done(answer(issue, edit.tagsAfterWrite()));
        });
        // Committed (this method's transaction is the outermost): the host's index follows.
        if (changed.get()) {
            indexNotices.indexNow(List.of(issue.id()));
        }
        return outcome;
    }

    /**
     * Removes a tag by hand, whatever its source, unless the current summary or description holds it. Removing a
     * tag the issue does not carry changes nothing. One transaction.
     */
    public Outcome<IssueHashtags> removeTag(String actor, String issueKey, String tag) {
        Objects.requireNonNull(actor, "actor");
        Optional<String> normalized = HashtagExtractor.normalizeTag(tag);
        if (normalized.isEmpty()) {
            return Outcome.refused(HashtagRefusals.invalidTag(List.of(String.valueOf(tag))));
        }
        Optional<IssueRef> found = visibleIssue(Optional.of(actor), issueKey);
        if (found.isEmpty()) {
            return Outcome.refused(HashtagRefusals.issueNotFound());
        }
        IssueRef issue = found.get();
        String removed = normalized.get();
        AtomicBoolean changed = new AtomicBoolean();
        Outcome<IssueHashtags> outcome = store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            changed.set(false);
            IssueTagging.Edit edit = tagging.edit(issue.id(), issue.projectId());
            if (edit.existing().containsKey(removed)) {
                boolean inText = edit.resolve(tagging.textTags(issue)).targets().values().stream()
                        .anyMatch(target -> target.tag().equals(removed));
                if (inText) {
                    return Outcome.refused(HashtagRefusals.writtenInText(removed));
                }
                edit.untag(removed);
                edit.write(actor, clock.millis());
                changed.set(true);
            }
            return Outcome.done(answer(issue, edit.tagsAfterWrite()));
        });
        if (changed.get()) {
            indexNotices.indexNow(List.of(issue.id()));
        }
        return outcome;
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

    /** An issue's tags as answered, saying whether its text holds more than it keeps. */
    private IssueHashtags answer(IssueRef issue, List<IssueHashtag> tags) {
        return new IssueHashtags(issue.key(), tags, tagging.textTruncated(issue, tags));
    }

    private Optional<IssueRef> visibleIssue(Optional<String> viewer, String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        return issues.byKey(issueKey.strip()).filter(issue -> access.canBrowse(viewer, issue.id()));
    }

    // ------------------------------------------------------------------------------------------------------ reads

    /**
     * Tags starting with a prefix (as typed, case-insensitive through the normal form; empty = any), most used
     * first. The candidates are the most used matching tags by their rolled-up count (HASHTAG_PREFIX for one and
     * two characters, else HASHTAG's TAG index through a range that bounds the prefix, see
     * {@link com.socialitsm.store.Criteria#prefixRange}) and the tags of the prefix with count changes not rolled up
     * yet; their counts are their rolled-up counts in the projects the viewer may fully browse (their totals less
     * the projects the viewer may not) plus those changes there. Four statements at every prefix length, five when
     * the viewer may not browse some project that has counts ({@link TagSuggestions}).
     * A tag with no visible issue is left out, and every count shown covers visible issues only. Blocked and
     * merged tags are never suggested.
     */
    public List<TagSuggestion> suggest(Optional<String> viewer, String prefix, int limit) {
        requirePositive(limit, "limit");
        return suggestions.suggest(viewer, prefix, limit);
    }

    /**
     * A tag's page: its visible count, followers, related tags and its visible issues, newest (highest id) first,
     * {@code limit} at a time. A merged tag shows its target. A tag nobody used yet is an empty page, as is a tag
     * used only on issues the viewer cannot see: neither is told apart from the other.
     */
    public Outcome<TagPage> tagPage(Optional<String> viewer, String tag, int limit, Optional<String> cursor) {
        requirePositive(limit, "limit");
        return pages.tagPage(viewer, tag, limit, cursor);
    }

    /**
     * A tag's issues per UTC day over the last {@code days} days (today the last), counted in the projects the viewer
     * may fully browse (HASHTAG_DAY plus the tail, like trending's baseline), with the usual level (the mean) and the
     * days far above it marked as spikes. A merged tag answers its target's days. A tag the viewer sees no issue of is
     * refused as not found, exactly like a tag nobody used. Five statements after the tag's spelling.
     */
    public Outcome<TagDays> tagDays(Optional<String> viewer, String tag, int days) {
        if (days < 1 || days > TagDaysReader.MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + TagDaysReader.MAX_DAYS);
        }
        return tagDays.tagDays(viewer, tag, days);
    }

    /**
     * Tags used more than usual: for each tag tagged at least {@link TrendingTags#MIN_COUNT} times in the last
     * {@code hours} on issues of projects the viewer may fully browse (of one project, when given), the count, the
     * count expected from its daily rate over the {@link TrendingTags#BASELINE_DAYS} whole UTC days before the window
     * (HASHTAG_DAY) scaled to {@code hours}, and the Poisson z-score {@link TrendingTag#zScore}; highest score first.
     * A tagging is a tag an issue still carries, at the time it came to the issue. Three statements: the window's
     * rows (TAGGED_AT index), the candidates' baseline days, their spellings. When an administrator gives chatter a
     * weight (the listening post's {@code trendingWeight}, 0 by default), the score counts each chat mention as that
     * many taggings, observed and expected alike (two statements more); see {@code TrendingTags}.
     */
    public List<TrendingTag> trending(Optional<String> viewer, int hours, int limit, Optional<Long> projectId) {
        if (hours < 1 || hours > MAX_TRENDING_HOURS) {
            throw new IllegalArgumentException("hours must be between 1 and " + MAX_TRENDING_HOURS);
        }
        requirePositive(limit, "limit");
        return trending.trending(viewer, hours, limit, projectId);
    }

    // ---------------------------------------------------------------------------------------------------- admin

    /**
     * Merges tags into another (admin only): every issue of each {@code from} tag carries {@code into} instead (an
     * issue with both keeps one row, with the stickier source), each {@code from} tag redirects to {@code into} from
     * now on (text and typed uses are stored as {@code into}, its page shows {@code into}), tags merged earlier into
     * a {@code from} tag redirect to {@code into} too, their followers follow {@code into} instead, and all counts are
     * rebuilt. Merging into a tag that was itself merged merges into its target; merging into a blocked tag is
     * refused. Running it again moves any stragglers. One transaction.
     */
    public Outcome<MergeResult> merge(Optional<String> admin, List<String> from, String into) {
        return administration.merge(admin, from, into);
    }

    /** Renames a tag (admin only): a merge into the new name, which keeps the spelling given. */
    public Outcome<MergeResult> rename(Optional<String> admin, String from, String to) {
        return merge(admin, List.of(String.valueOf(from)), to);
    }

    /**
     * Blocks a tag (admin only): it is removed from every issue now, in this transaction, and is never stored
     * again — text that holds it is ignored, typing it is refused, it leaves suggestions and trending. Tags merged
     * into it are blocked with it. Unblocking does not bring the removed rows back; text tags return at the next
     * change of their issue.
     */
    public Outcome<BlockResult> block(Optional<String> admin, String tag) {
        return administration.setBlocked(admin, tag, true);
    }

    /** Lets a blocked tag be used again (admin only). */
    public Outcome<BlockResult> unblock(Optional<String> admin, String tag) {
        return administration.setBlocked(admin, tag, false);
    }

    /** The blocked tags, alphabetically (admin only). */
    public Outcome<List<String>> blockedTags(Optional<String> admin) {
        return administration.blockedTags(admin);
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
     * {@code taggedAt} so that a bulk import does not look like a sudden trend. Runs in a transaction of its own;
     * then the host's index hears of the issue if it got a tag (so call it outside any transaction).
     */
    public LabelImport importLabels(long issueId, long projectId, List<String> labels, Instant taggedAt) {
        LabelImport imported = importLabelsUnindexed(issueId, projectId, labels, taggedAt);
        if (imported.imported() > 0) {
            indexNotices.indexNow(List.of(issueId));
        }
        return imported;
    }

    /**
     * {@link #importLabels} without telling the host's index: for the labels import job, which tells it once per
     * page ({@link #indexTagsOf}) after the page's issues are committed.
     */
    LabelImport importLabelsUnindexed(long issueId, long projectId, List<String> labels, Instant taggedAt) {
        List<String> invalid = new ArrayList<>();
        List<Candidate> candidates = Candidate.typed(labels, invalid);
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

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
