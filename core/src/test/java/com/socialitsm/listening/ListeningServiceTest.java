package com.socialitsm.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.settings.Settings;
import com.socialitsm.store.ChatterMentionEntity;
import com.socialitsm.store.ChatterMessageEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.StoreExtension;

/** Sources, hearing messages as chatter, the limits, verification and what is kept for how long. */
@DatabaseTest
class ListeningServiceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    static final Instant START = Instant.parse("2026-03-02T12:00:00Z");
    /** A Teams security token as Teams shows it: base64 of 32 bytes. */
    static final String TEAMS_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(
            StandardCharsets.US_ASCII));

    private final MutableClock clock = new MutableClock(START);
    private ListeningService listening;

    @BeforeEach
    void setUp() {
        listening = new ListeningService(db.store(), clock, new Settings(db.store()), new SecureRandom());
    }

    private ListeningSource add(String name, String format, Optional<String> key) {
        return ((Outcome.Done<ListeningSource>) listening.addSource("admin", name, format, key)).value();
    }

    private static Delivery text(String text) {
        return new Delivery(text.getBytes(StandardCharsets.UTF_8), Optional.empty(),
                Optional.of(new ChatMessage(text, Optional.empty())));
    }

    private Outcome<Heard> hear(ListeningSource source, String text) {
        return listening.hear(source.secret(), text(text));
    }

    private static Problem problem(Outcome<?> outcome) {
        return ((Outcome.Refused<?>) outcome).refusal().problem();
    }

    @Test
    void aSourceGetsALongRandomUrlSecretAndIsListed() {
        ListeningSource ops = add("  #ops channel ", "SLACK", Optional.empty());
        ListeningSource teams = add("Teams", "teams", Optional.of(TEAMS_KEY));

        assertThat(ops.name()).isEqualTo("#ops channel");
        assertThat(ops.format()).isEqualTo(ListenFormat.SLACK);
        assertThat(ops.secret()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(teams.secret());
        assertThat(teams.signed()).isTrue();
        assertThat(ops.signed()).isFalse();
        assertThat(listening.sources()).extracting(ListeningSource::name).containsExactly("#ops channel", "Teams");
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            secrets.add(add("s" + i, "plain", Optional.empty()).secret());
        }
        assertThat(secrets).as("256 random bits each").hasSize(20);
    }

    @Test
    void badSourcesAreRefused() {
        assertThat(problem(listening.addSource("admin", " ", "slack", Optional.empty()))).isEqualTo(Problem.INVALID);
        assertThat(problem(listening.addSource("admin", "x".repeat(101), "slack", Optional.empty())))
                .isEqualTo(Problem.INVALID);
        assertThat(problem(listening.addSource("admin", "irc", "irc", Optional.empty()))).isEqualTo(Problem.INVALID);
        assertThat(problem(listening.addSource("admin", "t", "teams", Optional.of("not base64!"))))
                .isEqualTo(Problem.INVALID);
        assertThat(problem(listening.addSource("admin", "p", "plain", Optional.of("key")))).isEqualTo(Problem.INVALID);
        assertThat(listening.sources()).isEmpty();
    }

    @Test
    void hashtagsOfAMessageAreCountedAsChatterOncePerMessage() {
        ListeningSource source = add("ops", "plain", Optional.empty());

        Outcome<Heard> heard = hear(source, "#VPN down again, #vpn #outage?");
        hear(source, "still #vpn");
        clock.advance(Duration.ofHours(2));

        assertThat(heard.value().tags()).containsExactly("vpn", "outage");
        Chatter chatter = listening.chatter();
        assertThat(chatter.count("vpn", START.minus(Duration.ofHours(24)), clock.instant())).isEqualTo(2);
        assertThat(chatter.count("vpn", START.plusSeconds(1), clock.instant())).as("window excludes older").isZero();
        assertThat(chatter.countsByTag(START.minus(Duration.ofDays(1)), clock.instant()))
                .containsEntry("vpn", 2).containsEntry("outage", 1);
        long today = START.getEpochSecond() / 86_400;
        assertThat(chatter.countsOnDays(List.of("vpn", "outage", "printer"), today, today + 1))
                .containsEntry("vpn", 2).containsEntry("outage", 1).doesNotContainKey("printer");
    }

    @Test
    void onlyAn280CharacterExcerptOfAMessageWithHashtagsIsKept() {
        ListeningSource source = add("ops", "plain", Optional.empty());
        String longText = "#vpn " + "word ".repeat(200);
        hear(source, longText);
        clock.advance(Duration.ofSeconds(1));
        hear(source, "nothing tagged here, personal chat");

        ChatterMessageEntity[] rows = db.store().find(ChatterMessageEntity.class, "ID > ?", 0);
        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(r -> r.getExcerpt() != null).singleElement()
                .satisfies(r -> assertThat(r.getExcerpt()).startsWith("#vpn word").hasSize(280).endsWith("…"));
        assertThat(rows).filteredOn(r -> r.getExcerpt() == null).as("no tags, no text").hasSize(1);
        assertThat(listening.sources().get(0).lastExcerpt()).isEmpty();
        assertThat(listening.sources().get(0).lastHeard()).contains(START.plusSeconds(1));
    }

    @Test
    void teamsAndSlackMarkupIsNotTakenForWords() {
        assertThat(ListeningService.plainText(ListenFormat.TEAMS,
                "<at>Listener</at>&nbsp;<p>VPN &amp; #wifi down</p>")).contains("VPN & #wifi down").doesNotContain("Listener");
        assertThat(ListeningService.plainText(ListenFormat.SLACK,
                "<@U123> see <https://x.example/#anchor|the #runbook> &lt;b&gt;")).contains("the #runbook")
                .doesNotContain("anchor").contains("<b>");
        assertThat(ListeningService.plainText(ListenFormat.PLAIN, "<b>#raw</b>")).isEqualTo("<b>#raw</b>");
    }

    @Test
    void everyUnknownSecretIsTheSameNotFound() {
        ListeningSource source = add("ops", "plain", Optional.empty());
        String almost = source.secret().substring(0, 42) + (source.secret().endsWith("A") ? "B" : "A");
        ListeningSource removed = add("gone", "plain", Optional.empty());
        listening.removeSource(removed.id());

        for (String secret : new String[] {almost, removed.secret(), "", "short", source.secret() + "x",
                source.secret().toLowerCase(), "../admin", null}) {
            Outcome<Heard> answer = listening.hear(secret, text("#vpn"));
            assertThat(answer).as(String.valueOf(secret)).isEqualTo(Outcome.refused(Problem.NOT_FOUND, "not_found",
                    "There is no such listening URL."));
        }
        assertThat(db.store().count(ChatterMessageEntity.class, "ID > ?", 0)).isZero();
    }

    @Test
    void aSourcePastItsPerMinuteAllowanceIsLimitedUntilTheMinuteHasPassed() {
        listening.updateSettings(new ListeningSettings(3, 0));
        ListeningSource source = add("ops", "plain", Optional.empty());
        ListeningSource other = add("other", "plain", Optional.empty());
        for (int i = 0; i < 3; i++) {
            assertThat(hear(source, "#vpn")).isInstanceOf(Outcome.Done.class);
        }
        assertThat(problem(hear(source, "#vpn"))).isEqualTo(Problem.LIMITED);
        assertThat(hear(other, "#vpn")).as("per source").isInstanceOf(Outcome.Done.class);
        clock.advance(Duration.ofSeconds(61));
        assertThat(hear(source, "#vpn")).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void aTeamsSourceWithAKeyHearsOnlyMessagesSignedWithIt() {
        ListeningSource teams = add("Teams", "teams", Optional.of(TEAMS_KEY));
        byte[] body = "{\"type\":\"message\",\"text\":\"<at>Listener</at> #vpn is down\"}".getBytes(StandardCharsets.UTF_8);
        String signature = Base64.getEncoder().encodeToString(
                ListeningService.hmacSha256(Base64.getDecoder().decode(TEAMS_KEY), body));
        ChatMessage message = new ChatMessage("<at>Listener</at> #vpn is down", Optional.empty());

        Outcome<Heard> signed = listening.hear(teams.secret(),
                new Delivery(body, Optional.of("HMAC " + signature), Optional.of(message)));
        assertThat(signed.value().tags()).containsExactly("vpn");

        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("#vpn", "#wifi").getBytes(StandardCharsets.UTF_8);
        for (Optional<String> header : List.of(Optional.<String>empty(), Optional.of("HMAC " + signature),
                Optional.of("HMAC not-base64!"), Optional.of("Bearer " + signature))) {
            byte[] sent = header.isPresent() && header.get().equals("HMAC " + signature) ? tampered : body;
            assertThat(problem(listening.hear(teams.secret(), new Delivery(sent, header, Optional.of(message)))))
                    .as(header.toString()).isEqualTo(Problem.NOT_LOGGED_IN);
        }
        ListeningSource unsigned = add("Teams without key", "teams", Optional.empty());
        assertThat(listening.hear(unsigned.secret(), new Delivery(body, Optional.empty(), Optional.of(message))))
                .isInstanceOf(Outcome.Done.class);
    }

    @Test
    void aSlackSourceWithATokenHearsOnlyMessagesCarryingIt() {
        ListeningSource slack = add("Slack", "slack", Optional.of("tok3n"));
        Outcome<Heard> right = listening.hear(slack.secret(), new Delivery(new byte[0], Optional.empty(),
                Optional.of(new ChatMessage("#vpn", Optional.of("tok3n")))));
        assertThat(right).isInstanceOf(Outcome.Done.class);
        assertThat(problem(listening.hear(slack.secret(), new Delivery(new byte[0], Optional.empty(),
                Optional.of(new ChatMessage("#vpn", Optional.of("tok3N"))))))).isEqualTo(Problem.NOT_LOGGED_IN);
        assertThat(problem(listening.hear(slack.secret(), text("#vpn")))).isEqualTo(Problem.NOT_LOGGED_IN);
    }

    @Test
    void aMalformedBodyIsInvalid() {
        ListeningSource source = add("ops", "plain", Optional.empty());
        assertThat(problem(listening.hear(source.secret(), new Delivery(new byte[] {1}, Optional.empty(),
                Optional.empty())))).isEqualTo(Problem.INVALID);
    }

    @Test
    void removingASourceRemovesItsMessagesAndChatter() {
        ListeningSource source = add("ops", "plain", Optional.empty());
        ListeningSource other = add("other", "plain", Optional.empty());
        hear(source, "#vpn #wifi");
        hear(other, "#vpn");

        assertThat(listening.removeSource(source.id())).isTrue();
        assertThat(listening.removeSource(source.id())).isFalse();

        assertThat(listening.sources()).extracting(ListeningSource::name).containsExactly("other");
        assertThat(listening.chatter().count("vpn", START.minusSeconds(60), START)).isEqualTo(1);
        assertThat(listening.chatter().count("wifi", START.minusSeconds(60), START)).isZero();
        assertThat(db.store().count(ChatterMessageEntity.class, "SOURCE_ID = ?", source.id())).isZero();
    }

    @Test
    void excerptsGoAfter30DaysAndCountsAfter40() {
        ListeningSource source = add("ops", "plain", Optional.empty());
        hear(source, "#vpn old news");
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        hear(source, "#vpn newer");

        ListeningService.Cleanup first = listening.dropOld();
        assertThat(first).isEqualTo(new ListeningService.Cleanup(1, 0));
        assertThat(db.store().count(ChatterMentionEntity.class, "TAG = ?", "vpn")).as("counts stay").isEqualTo(2);

        clock.advance(Duration.ofDays(10));
        assertThat(listening.dropOld()).isEqualTo(new ListeningService.Cleanup(0, 1));
        assertThat(listening.dropOld()).isEqualTo(new ListeningService.Cleanup(0, 0));
    }

    @Test
    void settingsHaveDefaultsAndKeepWhatIsSet() {
        assertThat(listening.settings()).isEqualTo(ListeningSettings.DEFAULTS);
        assertThat(listening.chatter().trendingWeight()).isZero();
        listening.updateSettings(new ListeningSettings(120, 0.5));
        assertThat(listening.settings()).isEqualTo(new ListeningSettings(120, 0.5));
        assertThat(listening.chatter().trendingWeight()).isEqualTo(0.5);
    }
}
