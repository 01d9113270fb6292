package com.socialitsm.hashtag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

@DatabaseTest
class HashtagIssueQueryTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final EntityManagerStore store = db.store();
    private final HashtagIssueQuery query = new HashtagIssueQuery(store);

    @Test
    void normalizeLowerCasesAndDropsTheHashSign() {
        assertThat(HashtagIssueQuery.normalize(" #VPN ")).contains("vpn");
        assertThat(HashtagIssueQuery.normalize("VpnIssue")).contains("vpnissue");
        assertThat(HashtagIssueQuery.normalize("Störung")).contains("störung");
    }

    @Test
    void normalizeRejectsWhatIsNotATag() {
        assertThat(HashtagIssueQuery.normalize(null)).isEmpty();
        assertThat(HashtagIssueQuery.normalize("#")).isEmpty();
        assertThat(HashtagIssueQuery.normalize("two words")).isEmpty();
        assertThat(HashtagIssueQuery.normalize("drop;table")).isEmpty();
        assertThat(HashtagIssueQuery.normalize("vpn-issue")).as("a hyphen ends a hashtag: #vpn-issue is #vpn").isEmpty();
        assertThat(HashtagIssueQuery.normalize("123")).as("digits alone are no hashtag").isEmpty();
        assertThat(HashtagIssueQuery.normalize("x".repeat(HashtagIssueQuery.MAX_TAG_LENGTH))).isPresent();
        assertThat(HashtagIssueQuery.normalize("x".repeat(HashtagIssueQuery.MAX_TAG_LENGTH + 1))).isEmpty();
    }

    @Test
    void findsIssuesCarryingAnyOfTheTagsNewestFirst() {
        tag(10, "vpn");
        tag(11, "outage");
        tag(12, "vpn");
        tag(12, "outage");
        tag(13, "printer");

        assertThat(query.issueIdsTagged(List.of("#VPN", "outage"), 100)).containsExactly(12L, 11L, 10L);
        assertThat(query.issueIdsTagged(List.of("printer"), 100)).containsExactly(13L);
        assertThat(query.issueIdsTagged(List.of("nothing-here"), 100)).isEmpty();
    }

    @Test
    void ignoresInvalidTagsAndAnswersEmptyWithoutQueryingWhenNoneIsValid() {
        tag(10, "vpn");
        db.sql().reset();

        assertThat(query.issueIdsTagged(List.of("not a tag", ""), 100)).isEmpty();
        assertThat(db.sql().count()).isZero();
        assertThat(query.issueIdsTagged(List.of("not a tag", "vpn"), 100)).containsExactly(10L);
    }

    @Test
    void limitBoundsTheRowsRead() {
        for (long issue = 1; issue <= 5; issue++) {
            tag(issue, "vpn");
        }
        assertThat(query.issueIdsTagged(List.of("vpn"), 2)).containsExactly(5L, 4L);
        assertThatThrownBy(() -> query.issueIdsTagged(List.of("vpn"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMergedTagFindsTheIssuesOfTheTagItWasMergedInto() {
        store.create(HashtagEntity.class, Map.of("TAG", "vpnissue", "MERGED_INTO", "vpn"));
        tag(20, "vpn");

        assertThat(query.issueIdsTagged(List.of("VpnIssue"), 100)).containsExactly(20L);
    }

    @Test
    void tagsOfAnIssueAreItsDisplaySpellingsInTheOrderAdded() {
        tag(30, "vpn", "VPN");
        tag(30, "outage", null);
        tag(31, "printer", "Printer");

        assertThat(query.tagsOfIssue(30)).containsExactly("VPN", "outage");
        assertThat(query.tagsOfIssue(99)).isEmpty();
    }

    private void tag(long issueId, String tag) {
        tag(issueId, tag, tag);
    }

    private void tag(long issueId, String tag, String display) {
        Map<String, Object> row = new java.util.HashMap<>(Map.of(
                "ISSUE_TAG", issueId + ":" + tag, "ISSUE_ID", issueId, "PROJECT_ID", 1L, "TAG", tag,
                "SOURCE", "text", "TAGGED_AT", issueId));
        if (display != null) {
            row.put("DISPLAY", display);
        }
        store.create(IssueHashtagEntity.class, row);
    }
}
