package com.socialitsm.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** The hashtag endpoints' answers, status codes and messages, on a real app and database. */
@DatabaseTest
class HashtagResourceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private SocialApp app;
    private IssueRef open;
    private IssueRef secret;

    @BeforeEach
    void setUp() {
        OpenAndSecretProjects world = new OpenAndSecretProjects(db.store(), NOW, "VPN down #VPN", "see #outage",
                "Breach #breach #vpn");
        app = world.app;
        open = world.open;
        secret = world.secret;
        app.engine().handle(IssueChange.of("c1", open, "alice", IssueChange.Kind.CREATED, NOW));
        app.engine().handle(IssueChange.of("c2", secret, "alice", IssueChange.Kind.CREATED, NOW));
    }

    private HashtagResource as(String user) {
        return new HashtagResource(app, () -> Optional.ofNullable(user));
    }

    private HashtagAdminResource admin(String user) {
        return new HashtagAdminResource(app, () -> Optional.ofNullable(user));
    }

    @Test
    void extractAnswersTheNormalizedTagsInOrderWithoutDuplicates() {
        assertThat(as(null).extract(new HashtagTextJson("#VPN down, #outage since 9 #vpn #123")))
                .isEqualTo(new HashtagListJson(List.of("vpn", "outage")));
    }

    @Test
    void extractRefusesAMissingTextAndTextOverOneMegabyte() {
        assertStatus(() -> as(null).extract(null), 400, "bad_request");
        assertStatus(() -> as(null).extract(new HashtagTextJson(null)), 400, "bad_request");
        String oneMegabyte = "a".repeat(HashtagResource.MAX_TEXT_BYTES);
        assertThat(as(null).extract(new HashtagTextJson(oneMegabyte)).hashtags()).isEmpty();
        assertStatus(() -> as(null).extract(new HashtagTextJson(oneMegabyte + "a")), 413, "too_large");
        String multiByte = "ä".repeat(HashtagResource.MAX_TEXT_BYTES / 2) + "ä";
        assertStatus(() -> as(null).extract(new HashtagTextJson(multiByte)), 413, "too_large");
    }

    @Test
    void rangesSayWhereEachTextsHashtagsStandRepeatsIncludedAndMarkupLeftOut() {
        String text = "#VPN down {{#mono}} #vpn again, see https://x.org/#anchor and #日本語";
        HashtagRangesJson answer = as(null).ranges(new HashtagTextsJson(List.of(text, "no tags", "#<img src=x>")));

        assertThat(answer.ranges()).hasSize(3);
        assertThat(answer.ranges().get(0)).containsExactly(
                new HashtagRangesJson.RangeJson(0, 4, "vpn"),
                new HashtagRangesJson.RangeJson(text.indexOf("#vpn"), text.indexOf("#vpn") + 4, "vpn"),
                new HashtagRangesJson.RangeJson(text.indexOf("#日本語"), text.length(), "日本語"));
        assertThat(answer.ranges().get(1)).isEmpty();
        assertThat(answer.ranges().get(2)).as("a sign before markup is no tag").isEmpty();
    }

    @Test
    void rangesRefuseMissingTextsTooManyTextsAndMoreThanOneMegabyteTogether() {
        assertStatus(() -> as(null).ranges(null), 400, "bad_request");
        assertStatus(() -> as(null).ranges(new HashtagTextsJson(null)), 400, "bad_request");
        assertStatus(() -> as(null).ranges(new HashtagTextsJson(Collections.singletonList(null))), 400, "bad_request");
        assertStatus(() -> as(null).ranges(new HashtagTextsJson(
                Collections.nCopies(HashtagResource.MAX_TEXTS_PER_REQUEST + 1, "#a"))), 400, "bad_request");
        String half = "a".repeat(HashtagResource.MAX_TEXT_BYTES / 2);
        assertThat(as(null).ranges(new HashtagTextsJson(List.of(half, half))).ranges()).hasSize(2);
        assertStatus(() -> as(null).ranges(new HashtagTextsJson(List.of(half, half, "a"))), 413, "too_large");
    }

    @Test
    void anIssuesTagsAreShownToThoseWhoMayBrowseItAndAreNotFoundForOthers() {
        assertThat(as("bob").issueTags(open.key())).isEqualTo(new IssueHashtagsJson(open.key(), List.of(
                new IssueHashtagsJson.HashtagJson("vpn", "VPN", "text"), new IssueHashtagsJson.HashtagJson("outage", "outage", "text")),
                false, 100));
        assertThat(as("bob").issueTags(secret.key()).hashtags()).hasSize(2);
        assertStatus(() -> as("dave").issueTags(secret.key()), 404, "not_found");
        assertStatus(() -> as("dave").issueTags("SEC-404"), 404, "not_found");
    }

    @Test
    void anIssueWhoseTextHoldsMoreTagsThanItKeepsSaysSoAndTheManualCapIsAConflict() {
        StoreExtension.emptyTables(db.store());
        StringBuilder description = new StringBuilder();
        for (int i = 0; i < 4_600; i++) {
            description.append("#k").append(String.format("%04d", i)).append(' ');
        }
        OpenAndSecretProjects world = new OpenAndSecretProjects(db.store(), NOW, "Printer", description.toString(),
                "");
        app = world.app;
        app.engine().handle(IssueChange.of("c3", world.open, "alice", IssueChange.Kind.CREATED, NOW));

        IssueHashtagsJson shown = as("bob").issueTags(world.open.key());

        assertThat(shown.hashtags()).hasSize(100).first().extracting(IssueHashtagsJson.HashtagJson::tag)
                .isEqualTo("k0000");
        assertThat(shown.truncated()).isTrue();
        assertThat(shown.textTagLimit()).isEqualTo(100);
        for (int i = 0; i < 20; i++) {
            as("bob").addTags(world.open.key(), new TagsJson(List.of("m" + i)));
        }
        assertStatus(() -> as("bob").addTags(world.open.key(), new TagsJson(List.of("m20"))), 409,
                "too_many_hashtags");
    }

    @Test
    void addingTagsNeedsAUserWhoMayBrowseTheIssueAndValidTags() {
        IssueHashtagsJson after = as("bob").addTags(open.key(), new TagsJson(List.of("#Network", "vpn")));

        assertThat(after.hashtags()).extracting(IssueHashtagsJson.HashtagJson::tag, IssueHashtagsJson.HashtagJson::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("vpn", "manual"),
                org.assertj.core.groups.Tuple.tuple("outage", "text"),
                org.assertj.core.groups.Tuple.tuple("network", "manual"));
        assertStatus(() -> as(null).addTags(open.key(), new TagsJson(List.of("x"))), 401, "not_logged_in");
        assertStatus(() -> as("dave").addTags(secret.key(), new TagsJson(List.of("x"))), 404, "not_found");
        assertStatus(() -> as("bob").addTags(open.key(), null), 400, "bad_request");
        assertStatus(() -> as("bob").addTags(open.key(), new TagsJson(List.of())), 400, "invalid_hashtag");
        assertStatus(() -> as("bob").addTags(open.key(), new TagsJson(Collections.nCopies(21, "x"))), 400,
                "bad_request");
        assertThatThrownBy(() -> as("bob").addTags(open.key(), new TagsJson(List.of("ok", "two words", "42"))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("invalid_hashtag");
                    assertThat(e.getMessage()).startsWith("Not a hashtag: \"two words\", \"42\".")
                            .contains("1 to 64 letters, digits and underscores").contains("at least one letter");
                });
    }

    @Test
    void blockedTagsAreRefusedWithTheirName() {
        admin("alice").block("spam");

        assertThatThrownBy(() -> as("bob").addTags(open.key(), new TagsJson(List.of("#SPAM"))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("blocked_hashtag");
                    assertThat(e.getMessage()).isEqualTo("#spam is blocked by an administrator and cannot be used.");
                });
    }

    @Test
    void removingATagAnswersTheTagsAfterAndATagWrittenInTheTextIsAConflict() {
        as("bob").addTags(open.key(), new TagsJson(List.of("network")));

        assertThat(as("bob").removeTag(open.key(), "network").hashtags()).extracting(IssueHashtagsJson.HashtagJson::tag)
                .containsExactly("vpn", "outage");
        assertThat(as("bob").removeTag(open.key(), "network").hashtags()).hasSize(2);
        assertStatus(() -> as("bob").removeTag(open.key(), "vpn"), 409, "conflict");
        assertStatus(() -> as("bob").removeTag(open.key(), "not a tag"), 400, "invalid_hashtag");
        assertStatus(() -> as("dave").removeTag(secret.key(), "breach"), 404, "not_found");
        assertStatus(() -> as(null).removeTag(open.key(), "vpn"), 401, "not_logged_in");
    }

    @Test
    void suggestionsCountOnlyWhatTheCallerMaySee() {
        assertThat(as("dave").suggest("v", null)).containsExactly(new TagSuggestionJson("vpn", "VPN", 1));
        assertThat(as("bob").suggest("#V", "5")).containsExactly(new TagSuggestionJson("vpn", "VPN", 2));
        assertThat(as("dave").suggest(null, null)).extracting(TagSuggestionJson::tag).containsExactly("outage", "vpn");
        assertStatus(() -> as("bob").suggest("v", "0"), 400, "bad_request");
        assertStatus(() -> as("bob").suggest("v", "many"), 400, "bad_request");
        assertStatus(() -> as("bob").suggest("v".repeat(66), null), 400, "bad_request");
    }

    @Test
    void aTagPageShowsTheVisibleIssuesAndRefusesBadInput() {
        TagPageJson page = as("dave").tagPage("VPN", "10", null);

        assertThat(page.tag()).isEqualTo("vpn");
        assertThat(page.count()).isEqualTo(1);
        assertThat(page.issues()).extracting(TagPageJson.IssueJson::issueKey).containsExactly(open.key());
        assertThat(page.issues().get(0).taggedAt()).isEqualTo("2026-03-02T12:00:00Z");
        assertThat(page.related()).extracting(r -> r.tag()).containsExactly("outage");
        assertThat(page.next()).isNull();
        assertThat(as("bob").tagPage("vpn", "1", null).next()).isNotNull();
        assertStatus(() -> as("bob").tagPage("not a tag", null, null), 400, "invalid_hashtag");
        assertStatus(() -> as("bob").tagPage("vpn", "101", null), 400, "bad_request");
        assertStatus(() -> as("bob").tagPage("vpn", null, "bogus"), 400, "bad_request");
    }

    @Test
    void trendingValidatesHoursAndProject() {
        assertThat(as("bob").trending(null, null, null)).isEmpty();
        assertThat(as("bob").trending("168", "10", "SEC")).isEmpty();
        assertStatus(() -> as("bob").trending("0", null, null), 400, "bad_request");
        assertStatus(() -> as("bob").trending("169", null, null), 400, "bad_request");
        assertStatus(() -> as("bob").trending("a day", null, null), 400, "bad_request");
        assertStatus(() -> as("dave").trending(null, null, "SEC"), 404, "not_found");
        assertStatus(() -> as("bob").trending(null, null, "NOPE"), 404, "not_found");
    }

    @Test
    void adminActionsAreForAdminsOnly() {
        assertStatus(() -> admin(null).merge(new MergeJson(List.of("vpnissue"), "vpn")), 401, "not_logged_in");
        assertStatus(() -> admin("bob").merge(new MergeJson(List.of("vpnissue"), "vpn")), 403, "forbidden");
        assertStatus(() -> admin("bob").rename(new RenameJson("vpn", "wifi")), 403, "forbidden");
        assertStatus(() -> admin("bob").block("vpn"), 403, "forbidden");
        assertStatus(() -> admin("bob").unblock("vpn"), 403, "forbidden");
        assertStatus(() -> admin("bob").blocked(), 403, "forbidden");
    }

    @Test
    void mergeRenameAndBlockAnswerWhatTheyDidAndRefuseBadInput() {
        assertThat(admin("alice").merge(new MergeJson(List.of("outage"), "VPN")))
                .isEqualTo(new MergeResultJson("vpn", List.of("outage"), 0, 1, 0));
        assertThat(admin("alice").rename(new RenameJson("vpn", "VpnAccess")))
                .isEqualTo(new MergeResultJson("vpnaccess", List.of("vpn"), 2, 0, 0));
        assertThat(as("bob").issueTags(open.key()).hashtags())
                .containsExactly(new IssueHashtagsJson.HashtagJson("vpnaccess", "VpnAccess", "text"));
        assertThat(admin("alice").block("breach")).isEqualTo(new BlockResultJson("breach", true, 1));
        assertThat(admin("alice").blocked()).isEqualTo(new TagsJson(List.of("breach")));
        assertThat(admin("alice").unblock("breach")).isEqualTo(new BlockResultJson("breach", false, 0));

        assertStatus(() -> admin("alice").merge(new MergeJson(List.of(), "vpn")), 400, "bad_request");
        assertStatus(() -> admin("alice").merge(new MergeJson(List.of("a1"), null)), 400, "bad_request");
        assertStatus(() -> admin("alice").merge(new MergeJson(List.of("a b"), "vpn")), 400, "invalid_hashtag");
        assertStatus(() -> admin("alice").merge(new MergeJson(List.of("vpnaccess"), "VPNACCESS")), 400,
                "bad_request");
        assertStatus(() -> admin("alice").rename(new RenameJson("vpn", null)), 400, "bad_request");
        admin("alice").block("spam");
        assertStatus(() -> admin("alice").merge(new MergeJson(List.of("junk"), "spam")), 409, "conflict");
        assertStatus(() -> admin("alice").block("#"), 400, "invalid_hashtag");
    }

    @Test
    void everyResourceIsRegistered() {
        assertThat(SocialResources.all(app, Optional::empty))
                .hasAtLeastOneElementOfType(HashtagResource.class)
                .hasAtLeastOneElementOfType(HashtagAdminResource.class);
    }

    private static void assertStatus(ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).as(e.getMessage()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).isNotBlank();
        });
    }
}
