package com.socialitsm.hashtag;

import static com.socialitsm.hashtag.HashtagFixture.done;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** An issue keeps the first 100 tags of its text and at most 20 added by hand, whatever its text holds. */
@DatabaseTest
class HashtagTextCapTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    /** Tags {@code #k0000 … #k4599}: 7 characters each, 32,200 in all, as the hostile test's 32 KB description. */
    private static final int LONG_TEXT_TAGS = 4_600;

    private HashtagFixture world;
    private ProjectRef sd;

    @BeforeEach
    void setUp() {
        world = new HashtagFixture(db.store());
        sd = world.host.addProject("SD");
    }

    /** {@code #<prefix>0000 … }, {@code count} distinct tags from {@code from} on. */
    private static String tagText(String prefix, int from, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            text.append('#').append(prefix).append(String.format("%04d", i)).append(' ');
        }
        return text.toString();
    }

    private static List<String> tagNames(String prefix, int from, int count) {
        List<String> tags = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            tags.add(prefix + String.format("%04d", i));
        }
        return tags;
    }

    private IssueHashtags shown(IssueRef issue) {
        return done(world.hashtags.issueTags(Optional.of("alice"), issue.key()));
    }

    @Test
    void aThirtyTwoKilobyteDescriptionWithThousandsOfTagsKeepsExactlyTheFirstHundred() {
        String description = tagText("k", 0, LONG_TEXT_TAGS);
        assertThat(description.length()).isBetween(32_000, 32_768);

        IssueRef issue = world.create(sd, "Printer down", description);

        assertThat(world.tags(issue)).containsExactlyElementsOf(tagNames("k", 0, 100));
        assertThat(world.hashtag("k0100")).as("a tag past the cap is not even created").isEmpty();
        IssueHashtags shown = shown(issue);
        assertThat(shown.hashtags()).hasSize(IssueHashtags.MAX_TEXT_TAGS);
        assertThat(shown.truncated()).isTrue();
        world.assertCountsMatchRows();
    }

    @Test
    void theSummaryComesFirstAndAnIssueWithinTheCapIsNotTruncated() {
        IssueRef issue = world.create(sd, "#vpn down", tagText("k", 0, 99));

        assertThat(world.tags(issue)).hasSize(100).startsWith("vpn", "k0000").endsWith("k0098");
        assertThat(shown(issue).truncated()).as("exactly at the cap, nothing left out").isFalse();

        world.update(issue, "#vpn down", tagText("k", 0, 100));

        assertThat(world.tags(issue)).hasSize(100).doesNotContain("k0099");
        assertThat(shown(issue).truncated()).isTrue();
    }

    @Test
    void anEditThatRemovesEarlyTagsLetsLaterOnesInAsIfTheTextWereNew() {
        IssueRef issue = world.create(sd, "", tagText("k", 0, 300));

        world.update(issue, "", tagText("k", 10, 290));

        assertThat(world.tags(issue)).containsExactlyInAnyOrderElementsOf(tagNames("k", 10, 100));
        IssueRef fresh = world.create(sd, "", tagText("k", 10, 290));
        assertThat(world.tags(fresh)).containsExactlyElementsOf(tagNames("k", 10, 100));
        world.assertCountsMatchRows();
    }

    @Test
    void blockedAndMergedTagsTakeNoPlaceAndDoNotCountAsLeftOut() {
        done(world.hashtags.block(Optional.of("admin"), "k0005"));
        IssueRef issue = world.create(sd, "", tagText("k", 0, 101));

        assertThat(world.tags(issue)).containsExactlyElementsOf(tagNames("k", 0, 101).stream()
                .filter(tag -> !tag.equals("k0005")).toList());
        assertThat(shown(issue).truncated()).as("only a blocked tag is missing").isFalse();
    }

    @Test
    void commentTagsHoldTheirPlacesAndTheTextFillsThePlacesLeft() {
        IssueRef issue = world.create(sd, "", "");
        world.comment(issue, tagText("c", 0, 30));

        IssueRef edited = world.update(issue, "", tagText("k", 0, 100));

        assertThat(world.sources(issue).values()).filteredOn("comment"::equals).hasSize(30);
        assertThat(world.tags(issue)).hasSize(100).contains("k0069").doesNotContain("k0070");
        assertThat(shown(issue).truncated()).isTrue();

        world.comment(edited, "#late");
        assertThat(world.tags(issue)).as("a full issue takes no new comment tag").doesNotContain("late").hasSize(100);
        world.assertCountsMatchRows();
    }

    @Test
    void tagsAddedByHandAreCappedAtTwentyPerIssueAndTextTagsDoNotCount() {
        IssueRef issue = world.create(sd, "", tagText("k", 0, 100));
        done(world.hashtags.addTags("bob", issue.key(), tagNames("m", 0, 15)));

        Outcome<IssueHashtags> over = world.hashtags.addTags("bob", issue.key(), tagNames("m", 15, 6));
        assertThat(over).isInstanceOfSatisfying(Outcome.Refused.class, refused -> {
            assertThat(refused.refusal().problem()).isEqualTo(Problem.CONFLICT);
            assertThat(refused.refusal().code()).isEqualTo("too_many_hashtags");
        });
        assertThat(world.tags(issue)).as("all or nothing").doesNotContain("m0015");

        done(world.hashtags.addTags("bob", issue.key(), tagNames("m", 15, 5)));
        assertThat(world.sources(issue).values()).filteredOn("manual"::equals).hasSize(20);
        assertThat(done(world.hashtags.addTags("bob", issue.key(), List.of("m0000"))).hashtags())
                .as("adding a tag it already has by hand changes nothing and is no refusal").hasSize(120);
        world.assertCountsMatchRows();
    }

    @Test
    void aChangeWithThousandsOfTagsCostsTheStatementsOfTheFirstHundred() {
        IssueRef hundred = world.create(sd, "", "");
        IssueRef thousands = world.create(sd, "", "");

        int first100 = world.hashtagStepStatements(db.sql(), hundred, "", tagText("a", 0, 100));
        int first100Of4600 = world.hashtagStepStatements(db.sql(), thousands, "", tagText("b", 0, LONG_TEXT_TAGS));

        assertThat(world.tags(thousands)).hasSize(100);
        assertThat(first100Of4600).as("100 first uses either way").isEqualTo(first100);
        assertThat(first100Of4600).as("a few statements per tag kept").isLessThanOrEqualTo(100 * 6 + 10);
        world.assertCountsMatchRows();
    }
}
