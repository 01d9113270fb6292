package com.socialitsm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.IssueTagIndex;
import com.socialitsm.settings.Settings;
import com.socialitsm.store.ProcessedChangeEntity;
import com.socialitsm.store.SettingEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.TagDiff;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.Race;
import com.socialitsm.testing.StoreExtension;

@DatabaseTest
class SocialEngineTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryHost host = new InMemoryHost();
    private final IssueRef issue = host.addIssue(host.addProject("SD"), "VPN down #vpn", "", "carol");

    /** Steps whose first writes one row per change it sees, so tests can count how often it ran. */
    private ChangeSteps recordingSteps(Store store, AtomicInteger runs) {
        return withActivity(store, runs, ChangeSteps.Activity.NONE);
    }

    private ChangeSteps withActivity(Store store, AtomicInteger runs, ChangeSteps.Activity activity) {
        return new ChangeSteps(change -> {
            runs.incrementAndGet();
            store.create(SettingEntity.class, Map.of("SETTING_KEY", "seen:" + change.changeId(), "SETTING_VALUE", "1"));
            return TagDiff.none();
        }, ChangeSteps.Participants.NONE, activity, ChangeSteps.Kudos.NONE);
    }

    private IssueChange change(String id) {
        return IssueChange.of(id, issue, "carol", IssueChange.Kind.CREATED, clock.instant());
    }

    @Test
    void theSameChangeDeliveredTwiceIsAppliedOnce() {
        AtomicInteger runs = new AtomicInteger();
        SocialEngine engine = new SocialEngine(db.store(), clock, recordingSteps(db.store(), runs));

        assertThat(engine.handle(change("created:1"))).isEqualTo(ChangeOutcome.APPLIED);
        assertThat(engine.handle(change("created:1"))).isEqualTo(ChangeOutcome.ALREADY_PROCESSED);

        assertThat(db.store().count(SettingEntity.class, "SETTING_KEY = ?", "seen:created:1")).isEqualTo(1);
    }

    @Test
    void aFailingHandlerRollsBackTheWholeChangeSoItCanBeDeliveredAgain() {
        AtomicInteger runs = new AtomicInteger();
        ChangeSteps.Activity failing = (change, tags, participants) -> {
            throw new IllegalStateException("feature failed");
        };
        SocialEngine broken = new SocialEngine(db.store(), clock, withActivity(db.store(), runs, failing));

        assertThatThrownBy(() -> broken.handle(change("created:2"))).hasMessage("feature failed");
        assertThat(db.store().count(ProcessedChangeEntity.class, "CHANGE_KEY = ?", "created:2")).isZero();
        assertThat(db.store().count(SettingEntity.class, "SETTING_KEY = ?", "seen:created:2")).isZero();

        SocialEngine fixed = new SocialEngine(db.store(), clock, recordingSteps(db.store(), runs));
        assertThat(fixed.handle(change("created:2"))).isEqualTo(ChangeOutcome.APPLIED);
    }

    @Test
    void eightNodesReceivingTheSameChangeAtOnceApplyItOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        SocialEngine engine = new SocialEngine(db.store(), clock, recordingSteps(db.store(), runs));
        List<ChangeOutcome> results = Race.run(8, () -> engine.handle(change("created:3")));

        assertThat(results).filteredOn(ChangeOutcome.APPLIED::equals).hasSize(1);
        assertThat(results).filteredOn(ChangeOutcome.ALREADY_PROCESSED::equals).hasSize(7);
        assertThat(db.store().count(SettingEntity.class, "SETTING_KEY = ?", "seen:created:3")).isEqualTo(1);
    }

    @Test
    void theTagIndexHearsOfChangedTagsOnlyAfterTheChangeCommittedAndOnlyOnce() {
        List<String> indexed = new ArrayList<>();
        IssueTagIndex index = (issueId, tags) -> indexed.add(issueId + "=" + tags + " committed:"
                + db.store().count(ProcessedChangeEntity.class, "CHANGE_KEY = ?", "created:4"));
        ChangeSteps tagging = new ChangeSteps(change -> new TagDiff(Set.of("vpn"), List.of("vpn"), List.of()),
                ChangeSteps.Participants.NONE, ChangeSteps.Activity.NONE, ChangeSteps.Kudos.NONE);
        SocialEngine engine = new SocialEngine(db.store(), clock, new Settings(db.store()), tagging, index);

        engine.handle(change("created:4"));
        engine.handle(change("created:4"));

        assertThat(indexed).containsExactly(issue.id() + "=[vpn] committed:1");
    }

    @Test
    void theTagIndexHearsNothingOfAChangeThatLeftTheTagsAsTheyWereOrRolledBack() {
        List<Long> indexed = new ArrayList<>();
        IssueTagIndex index = (issueId, tags) -> indexed.add(issueId);
        ChangeSteps unchanged = new ChangeSteps(change -> TagDiff.unchanged(Set.of("vpn")),
                ChangeSteps.Participants.NONE, ChangeSteps.Activity.NONE, ChangeSteps.Kudos.NONE);
        ChangeSteps failing = new ChangeSteps(change -> new TagDiff(Set.of("vpn"), List.of("vpn"), List.of()),
                ChangeSteps.Participants.NONE, (change, tags, participants) -> {
                    throw new IllegalStateException("feature failed");
                }, ChangeSteps.Kudos.NONE);

        new SocialEngine(db.store(), clock, new Settings(db.store()), unchanged, index).handle(change("created:5"));
        assertThatThrownBy(() -> new SocialEngine(db.store(), clock, new Settings(db.store()), failing, index)
                .handle(change("created:6"))).hasMessage("feature failed");

        assertThat(indexed).isEmpty();
    }
}
