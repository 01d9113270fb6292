package com.socialitsm.hashtag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.host.ProjectRef;
import com.socialitsm.listening.ChatMessage;
import com.socialitsm.listening.Delivery;
import com.socialitsm.listening.ListeningService;
import com.socialitsm.listening.ListeningSettings;
import com.socialitsm.listening.ListeningSource;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** Trending with the listening post's weighted chatter term: off by default, and revealing nothing of hidden issues. */
@DatabaseTest
class ChatterTrendingTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();
    private static final Optional<String> BOB = Optional.of("bob");

    private HashtagFixture world;
    private ProjectRef sd;
    private ProjectRef sec;
    private ListeningService listening;
    private ListeningSource source;

    @BeforeEach
    void setUp() {
        world = new HashtagFixture(db.store());
        sd = world.host.addProject("SD");
        sec = world.host.addProject("SEC");
        world.host.restrictProject(sec, "alice");
        listening = world.app.listening();
        listening.updateSettings(new ListeningSettings(1000, 0));
        source = ((Outcome.Done<ListeningSource>) listening.addSource("admin", "ops", "plain", Optional.empty())).value();
    }

    private void chat(String text, int times) {
        for (int i = 0; i < times; i++) {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            assertThat(listening.hear(source.secret(), new Delivery(body, Optional.empty(),
                    Optional.of(new ChatMessage(text, Optional.empty()))))).isInstanceOf(Outcome.Done.class);
        }
    }

    @Test
    void chatterIsLeftOutOfTrendingUntilAnAdministratorWeighsItIn() {
        world.create(sd, "#printer jam", "");
        world.create(sd, "#printer jam", "");
        world.create(sd, "#printer jam", "");
        world.create(sd, "#wifi slow", "");
        world.create(sd, "#wifi slow", "");
        chat("is the #wifi down for everyone?", 6);
        world.clock.advance(Duration.ofMinutes(5));

        assertThat(world.hashtags.trending(BOB, 24, 10, Optional.empty())).extracting(TrendingTag::tag)
                .containsExactly("printer");

        listening.updateSettings(new ListeningSettings(1000, 0.5));
        List<TrendingTag> weighed = world.hashtags.trending(BOB, 24, 10, Optional.empty());

        assertThat(weighed).extracting(TrendingTag::tag).containsExactly("wifi", "printer");
        TrendingTag wifi = weighed.get(0);
        assertThat(wifi.count()).as("count stays the issues'").isEqualTo(2);
        assertThat(wifi.score()).isEqualTo((2 + 0.5 * 6) / Math.sqrt(1));
    }

    @Test
    void aTagBroughtByChatterAloneShowsNothingOfHiddenIssues() {
        world.create(sec, "#BreachX found", "");
        world.create(sec, "#BreachX again", "");
        chat("anyone heard about #breachx?", 4);
        world.clock.advance(Duration.ofMinutes(5));
        listening.updateSettings(new ListeningSettings(1000, 1));

        List<TrendingTag> forBob = world.hashtags.trending(BOB, 24, 10, Optional.empty());

        assertThat(forBob).containsExactly(new TrendingTag("breachx", "breachx", 0, 0, 4));
    }
}
