package com.socialitsm.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueChange;
import com.socialitsm.tag.HashtagExtractor;

class ServiceDeskTest {
    private final ServiceDesk desk = new ServiceDesk(WorkloadSize.SMALL, 42);

    @Test
    void theSameSeedGeneratesTheSameHistory() {
        ServiceDesk again = new ServiceDesk(WorkloadSize.SMALL, 42);
        for (int i = 0; i < 50; i++) {
            assertThat(IssueHistory.generate(again, i)).isEqualTo(IssueHistory.generate(desk, i));
        }
        assertThat(IssueHistory.generate(new ServiceDesk(WorkloadSize.SMALL, 43), 7))
                .isNotEqualTo(IssueHistory.generate(desk, 7));
    }

    @Test
    void everyTagOfTheLargeVocabularyIsDistinctAndAValidHashtag() {
        TagVocabulary vocabulary = new TagVocabulary(WorkloadSize.LARGE.tags());
        Set<String> seen = new HashSet<>();
        for (int rank = 0; rank < vocabulary.size(); rank++) {
            String tag = vocabulary.tag(rank);
            assertThat(seen.add(tag)).as("rank %d: %s", rank, tag).isTrue();
            assertThat(HashtagExtractor.normalizeTag(vocabulary.display(rank))).contains(tag);
        }
    }

    @Test
    void theTextsCarryTheIntendedHashtagsAndOnlyThose() {
        HashtagExtractor extractor = new HashtagExtractor();
        for (int i = 0; i < 500; i++) {
            IssueHistory issue = IssueHistory.generate(desk, i);
            Set<String> found = new HashSet<>(extractor.extractTags(issue.summary()));
            found.addAll(extractor.extractTags(issue.description()));
            assertThat(found).as(issue.key() + ": " + issue.summary() + " / " + issue.description())
                    .isEqualTo(new HashSet<>(issue.intendedTags()));
        }
    }

    @Test
    void aFewAgentsResolveMostIssuesAndAFewTagsCarryMostTraffic() {
        Map<String, Integer> resolvedBy = new HashMap<>();
        Map<String, Integer> tagUses = new HashMap<>();
        int issues = 3_000;
        for (int i = 0; i < issues; i++) {
            IssueHistory issue = IssueHistory.generate(desk, i);
            issue.events().stream().filter(e -> e.kind() == IssueChange.Kind.RESOLVED)
                    .forEach(e -> resolvedBy.merge(e.actor(), 1, Integer::sum));
            issue.intendedTags().forEach(t -> tagUses.merge(t, 1, Integer::sum));
        }
        assertThat(topShare(resolvedBy, desk.size().agents() / 5)).isGreaterThan(0.5);
        assertThat(topShare(tagUses, desk.size().tags() / 100)).isGreaterThan(0.3);
    }

    @Test
    void historiesEndBeforeTheEndOfHistoryAndStartWithCreation() {
        for (int i = desk.size().issues() - 200; i < desk.size().issues(); i++) {
            IssueHistory issue = IssueHistory.generate(desk, i);
            assertThat(issue.events().get(0).kind()).isEqualTo(IssueChange.Kind.CREATED);
            assertThat(issue.events()).allMatch(e -> e.at() < ServiceDesk.HISTORY_END.toEpochMilli());
        }
    }

    @Test
    void heavyUsersFollowFiveHundredIssuesFiftyTagsAndFiftyPeople() {
        List<FollowPlan.Choice> choices = FollowPlan.of(desk, desk.size().users());
        assertThat(choices.stream().filter(c -> c.target().type() == TargetType.ISSUE)).hasSize(500);
        assertThat(choices.stream().filter(c -> c.target().type() == TargetType.HASHTAG)).hasSize(50);
        assertThat(choices.stream().filter(c -> c.target().type() == TargetType.USER)).hasSize(40);
        assertThat(choices).doesNotHaveDuplicates();
    }

    @Test
    void zipfDrawsTheFirstRankMostOften() {
        Zipf zipf = new Zipf(1_000, 1.0);
        SplittableRandom random = new SplittableRandom(1);
        int[] counts = new int[1_000];
        for (int i = 0; i < 100_000; i++) {
            counts[zipf.next(random)]++;
        }
        assertThat(counts[0]).isGreaterThan(counts[1]).isGreaterThan(counts[9]);
        assertThat(counts[0] / 100_000.0).isCloseTo(zipf.probability(0), org.assertj.core.data.Offset.offset(0.01));
    }

    private static double topShare(Map<String, Integer> counts, int top) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int head = counts.values().stream().sorted(java.util.Comparator.reverseOrder()).limit(Math.max(1, top))
                .mapToInt(Integer::intValue).sum();
        return (double) head / total;
    }
}
