package com.socialitsm.kudos;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.tag.TagDiff;
import com.socialitsm.vote.VoteService;

/**
 * The points rules that issue changes trigger, run inside the engine's transaction for the change (and, for tags
 * that leave an issue by hand, inside the hashtag feature's). Points for a resolution take two statements (the
 * slots in question, one batch insert; the rules come with the change's settings, the taggers of the issue's tags
 * with the hashtag step's {@link TagDiff}), plus the
 * look at whether the tags new to the resolver are established (one, and one per such tag with enough issues);
 * badges add one read once a user holds them.
 */
final class IssueAwards {
    /** At most this many of an issue's tags are looked at for the first-time bonus, to bound the query. */
    static final int MAX_TAGS_LOOKED_AT = 20;

    private final Clock clock;
    private final Ledger ledger;
    private final Badges badges;
    private final TagEvidence evidence;
    private final VoteService votes;

    IssueAwards(Clock clock, Ledger ledger, Badges badges, TagEvidence evidence, VoteService votes) {
        this.clock = clock;
        this.ledger = ledger;
        this.badges = badges;
        this.evidence = evidence;
        this.votes = votes;
    }

    /**
     * Resolution points for the assignee (whoever performed the transition: automation and leads resolve on an
     * agent's behalf; an unassigned resolution earns nothing), plus the first-time bonus for each of the issue's
     * tags the assignee has never resolved before, up to the cap — counting only tags that are evidence of
     * experience ({@link TagEvidence}: put there by someone else, and established). Nothing when the issue already
     * holds resolution awards in force (the same resolution reported twice), nor when the assignee reported the
     * issue themselves (unless the admin allows it).
     */
    void resolved(IssueChange change, TagDiff tags, KudosRules rules) {
        IssueRef issue = change.issue();
        if (issue.assignee().isEmpty()) {
            return;
        }
        String user = issue.assignee().get();
        if (!rules.selfReportedEarns() && issue.reporter().equals(issue.assignee())) {
            return;
        }
        if (rules.resolvedPoints() == 0 && rules.firstTagBonusPoints() == 0) {
            return;
        }
        String resolvedSlot = Ledger.slot(Ledger.RESOLVED, issue.id());
        Map<String, TagEvidence.Tagging> taggings = new LinkedHashMap<>();
        Map<String, String> tagSlots = new LinkedHashMap<>();
        if (rules.firstTagBonusPoints() > 0) {
            List<String> lookedAt = tags.after().stream().limit(MAX_TAGS_LOOKED_AT).toList();
            for (TagEvidence.Tagging tagging : TagEvidence.taggedByOthers(user, lookedAt, tags)) {
                taggings.put(tagging.tag(), tagging);
                tagSlots.put(tagging.tag(), Ledger.slot(Ledger.FIRST_TAG, user, tagging.tag()));
            }
        }
        List<String> slots = new ArrayList<>(tagSlots.values());
        slots.add(resolvedSlot);
        Map<String, Ledger.SlotState> states = Ledger.states(ledger.inSlots(slots));
        if (Ledger.stateOf(resolvedSlot, states).isActive()) {
            return;
        }
        // Only tags new to the user need the (costlier) look at whether they are established.
        tagSlots.values().removeIf(slot -> Ledger.stateOf(slot, states).isActive());
        List<TagEvidence.Tagging> fresh = tagSlots.keySet().stream().map(taggings::get).toList();
        Set<String> established = new LinkedHashSet<>();
        evidence.established(fresh, rules.establishedTagMinIssues()).forEach(t -> established.add(t.tag()));
        tagSlots.keySet().retainAll(established);
        long now = clock.millis();
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean resolutionAwarded = rules.resolvedPoints() > 0;
        if (resolutionAwarded) {
            rows.add(Ledger.awardRow(new Ledger.Award(resolvedSlot, user, rules.resolvedPoints(), Ledger.RESOLVED,
                    issue.id(), issue.projectId(), ""), Ledger.stateOf(resolvedSlot, states), now));
        }
        int bonuses = 0;
        for (Map.Entry<String, String> tag : tagSlots.entrySet()) {
            // Past the cap the tag still counts as explored (the user did resolve an issue under it), without points.
            int points = bonuses < rules.firstTagBonusMaxTags() ? rules.firstTagBonusPoints() : 0;
            if (points > 0) {
                bonuses++;
            }
            rows.add(Ledger.awardRow(new Ledger.Award(tag.getValue(), user, points, Ledger.FIRST_TAG, issue.id(),
                    issue.projectId(), tag.getKey()), Ledger.stateOf(tag.getValue(), states), now));
        }
        boolean exploredNewTags = rows.size() > (resolutionAwarded ? 1 : 0);
        if (rows.isEmpty()) {
            return;
        }
        ledger.write(rows);
        badges.afterResolution(user, issue.projectId(), issue.id(), resolutionAwarded, exploredNewTags);
    }

    /**
     * The boss fight: the assignee who resolves the project's boss (its most-upvoted open issue) earns the boss bonus
     * (0 points with the rule off: the award still records the win) and the boss-fight badge. Not for an unassigned
     * issue, nor one the assignee reported (unless the admin lets self-reported issues earn), nor twice while an
     * award for the issue is in force. A few statements, and only the vote ranking's when the issue has no votes.
     */
    void bossDefeated(IssueChange change, KudosRules rules, BossRules bossRules) {
        IssueRef issue = change.issue();
        if (issue.assignee().isEmpty()
                || (!rules.selfReportedEarns() && issue.reporter().equals(issue.assignee()))) {
            return;
        }
        if (!votes.isBoss(issue.projectId(), issue.id())) {
            return;
        }
        String slot = Ledger.slot(Ledger.BOSS, issue.id());
        Map<String, Ledger.SlotState> states = Ledger.states(ledger.inSlots(List.of(slot)));
        if (Ledger.stateOf(slot, states).isActive()) {
            return;
        }
        String user = issue.assignee().get();
        ledger.write(List.of(Ledger.awardRow(new Ledger.Award(slot, user, bossRules.bonusPoints(), Ledger.BOSS,
                issue.id(), issue.projectId(), ""), Ledger.stateOf(slot, states), clock.millis())));
        badges.afterBossDefeated(user);
    }

    /**
     * Reopening reverses every resolution award of the issue still in force: resolution points, tag bonuses and the
     * boss bonus, whose winner also loses the boss-fight badge (unless another boss win of theirs stands).
     */
    void reopened(IssueChange change) {
        List<Ledger.Entry> reversedBoss = reverse(change.issue().id(), entry -> entry.reason().equals(Ledger.RESOLVED)
                || entry.reason().equals(Ledger.FIRST_TAG) || entry.reason().equals(Ledger.BOSS)).stream()
                .filter(entry -> entry.reason().equals(Ledger.BOSS)).toList();
        reversedBoss.stream().map(Ledger.Entry::userKey).distinct().forEach(badges::afterBossTakenBack);
    }

    /**
     * Tags left the issue: the first-tag bonuses it earned under them are reversed, so the resolver may earn them
     * again on an issue that does carry the tag. One statement to read the issue's ledger rows, one to write.
     */
    void tagsLeft(long issueId, List<String> tags) {
        Set<String> left = Set.copyOf(tags);
        reverse(issueId, entry -> entry.reason().equals(Ledger.FIRST_TAG) && left.contains(entry.detail()));
    }

    /**
     * Writes a reversal for each award of the issue in force that {@code which} selects; nothing when none is.
     * Returns the awards reversed. What is in force is decided over all the issue's rows before {@code which}
     * selects among the awards: a reversal is matched to its award by REVERSES alone, never by the fields
     * {@code which} looks at (a reversal written with another DETAIL, as rows imported or written by an older
     * version may be, still reverses its award).
     */
    private List<Ledger.Entry> reverse(long issueId, Predicate<Ledger.Entry> which) {
        long now = clock.millis();
        List<Map<String, Object>> reversals = new ArrayList<>();
        List<Ledger.Entry> reversed = new ArrayList<>();
        for (Ledger.Entry award : Ledger.unreversedAwards(ledger.ofIssue(issueId))) {
            if (which.test(award)) {
                reversed.add(award);
                reversals.add(Ledger.reversalRow(award, now));
            }
        }
        if (!reversals.isEmpty()) {
            ledger.write(reversals);
        }
        return reversed;
    }

    /** The first comment on an issue by anyone but its reporter is its first response. */
    void commented(IssueChange change, KudosRules rules) {
        IssueRef issue = change.issue();
        Optional<String> reporter = issue.reporter();
        if (reporter.isPresent() && reporter.get().equals(change.actor())) {
            return;
        }
        String slot = Ledger.slot(Ledger.FIRST_RESPONSE, issue.id());
        Map<String, Ledger.SlotState> states = Ledger.states(ledger.inSlots(List.of(slot)));
        if (states.containsKey(slot)) {
            return;
        }
        if (rules.firstResponsePoints() == 0) {
            return;
        }
        ledger.write(List.of(Ledger.awardRow(new Ledger.Award(slot, change.actor(), rules.firstResponsePoints(),
                Ledger.FIRST_RESPONSE, issue.id(), issue.projectId(), ""), Ledger.stateOf(slot, states),
                clock.millis())));
    }
}
