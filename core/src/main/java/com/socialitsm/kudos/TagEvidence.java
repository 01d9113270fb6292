package com.socialitsm.kudos;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.java.ao.Query;

import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.TagDiff;

/**
 * What the tags of a resolved issue prove about its resolver's experience: who put them there comes with the
 * hashtag step's {@link TagDiff}, how established they are from the hashtag feature's rows (ISSUE_HASHTAG, HASHTAG)
 * inside the change's transaction, after the hashtag step wrote them. A tag proves
 * something only when someone other than the resolver put it on the issue, and when it is established: on enough
 * issues, tagged by at least two different people. Otherwise anyone could invent tags, put them on their own
 * issue and collect the bonus (issue #21).
 */
final class TagEvidence {
    /** Who put a tag on the issue: a user key, or "" for a label import (an admin's bulk action, nobody's own). */
    record Tagging(String tag, String taggedBy) {
    }

    private final Store store;

    TagEvidence(Store store) {
        this.store = store;
    }

    /**
     * Of {@code tags} (in their order), those the issue carries and that {@code resolver} did not put on it, by the
     * taggers the hashtag step of the change knew when it wrote the issue's tags ({@link TagDiff#taggedBy}): no
     * statement. A tag without a known tagger is not evidence.
     */
    static List<Tagging> taggedByOthers(String resolver, Collection<String> tags, TagDiff diff) {
        List<Tagging> others = new ArrayList<>();
        for (String tag : tags) {
            String taggedBy = diff.taggedBy().get(tag);
            if (taggedBy != null && !taggedBy.equals(resolver)) {
                others.add(new Tagging(tag, taggedBy));
            }
        }
        return others;
    }

    /**
     * Those of {@code taggings} whose tag is on at least {@code minIssues} issues, tagged there by at least two
     * different people (a label import counts as one); all of them when {@code minIssues} is 0. One statement for
     * the issue counts (HASHTAG.ISSUE_COUNT as the cluster job last rolled it up: a tag's newest uses count once the
     * job has seen them, minutes later, which only makes inventing tags harder), then one bounded look-up per tag that has enough issues: is there a row of the tag that
     * someone other than this issue's tagger put there.
     */
    List<Tagging> established(List<Tagging> taggings, int minIssues) {
        if (minIssues == 0 || taggings.isEmpty()) {
            return taggings;
        }
        Set<String> tags = taggings.stream().map(Tagging::tag).collect(Collectors.toSet());
        Map<String, Integer> issueCounts = new HashMap<>();
        for (List<String> chunk : InList.chunks(tags)) {
            for (HashtagEntity row : store.find(HashtagEntity.class, Query.select("ID, TAG, ISSUE_COUNT")
                    .where(InList.in("TAG", chunk.size()), chunk.toArray()))) {
                issueCounts.put(row.getTag(), row.getIssueCount());
            }
        }
        List<Tagging> established = new ArrayList<>();
        for (Tagging tagging : taggings) {
            if (issueCounts.getOrDefault(tagging.tag(), 0) >= minIssues && taggedByAnotherPerson(tagging)) {
                established.add(tagging);
            }
        }
        return established;
    }

    private boolean taggedByAnotherPerson(Tagging tagging) {
        Query query = tagging.taggedBy().isEmpty()
                ? Query.select("ID").where("TAG = ? AND TAGGED_BY IS NOT NULL", tagging.tag())
                : Query.select("ID").where("TAG = ? AND (TAGGED_BY IS NULL OR TAGGED_BY <> ?)", tagging.tag(),
                        tagging.taggedBy());
        return store.find(IssueHashtagEntity.class, query.limit(1)).length > 0;
    }
}
