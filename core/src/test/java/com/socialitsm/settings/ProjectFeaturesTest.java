package com.socialitsm.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.reliability.SocialWorld;
import com.socialitsm.store.FollowEntity;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** Features switched off per project: stored in SETTING, and the engine skips them for that project's issues. */
@DatabaseTest
class ProjectFeaturesTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    @Test
    void everyFeatureIsOnUntilSwitchedOffAndSwitchesAreKeptPerProject() {
        SocialWorld world = new SocialWorld(db.store());
        ProjectFeatures features = world.app.features();

        assertThat(features.offIn(1)).isEmpty();
        assertThat(features.set(1, Map.of(Feature.QA, false, Feature.VOTES, false)))
                .containsExactlyInAnyOrder(Feature.QA, Feature.VOTES);
        assertThat(features.set(1, Map.of(Feature.VOTES, true))).containsExactly(Feature.QA);

        assertThat(features.isOn(1, Feature.QA)).isFalse();
        assertThat(features.isOn(2, Feature.QA)).as("another project").isTrue();
        assertThat(features.allOff()).isEqualTo(Map.of(1L, Set.of(Feature.QA)));
        assertThat(new ProjectFeatures(db.store(), new Settings(db.store())).offIn(1))
                .as("read from the database, as another node would").containsExactly(Feature.QA);
    }

    @Test
    void theEngineSkipsSwitchedOffFeaturesForThatProjectOnly() {
        SocialWorld world = new SocialWorld(db.store());
        world.host.addUser("alice");
        world.host.addUser("bob");
        ProjectRef sd = world.host.addProject("SD");
        ProjectRef sec = world.host.addProject("SEC");
        Map<Feature, Boolean> off = new EnumMap<>(Feature.class);
        off.put(Feature.HASHTAGS, false);
        off.put(Feature.FOLLOWS, false);
        off.put(Feature.KUDOS, false);
        world.app.features().set(sd.id(), off);

        IssueRef quiet = world.create(sd, "VPN down #vpn", "", "alice");
        world.assign(quiet, "bob", "bob");
        world.resolve(quiet, "bob");
        IssueRef normal = world.create(sec, "VPN down #vpn", "", "alice");
        world.assign(normal, "bob", "bob");
        world.resolve(normal, "bob");

        assertThat(rows(IssueHashtagEntity.class, quiet)).as("no tags in SD").isZero();
        assertThat(rows(IssueHashtagEntity.class, normal)).isEqualTo(1);
        assertThat(db.store().count(FollowEntity.class, "TARGET = ?", "issue:" + quiet.id())).isZero();
        assertThat(db.store().count(FollowEntity.class, "TARGET = ?", "issue:" + normal.id())).isPositive();
        assertThat(rows(PointsEntryEntity.class, quiet)).as("no points in SD").isZero();
        assertThat(rows(PointsEntryEntity.class, normal)).isPositive();
    }

    @Test
    void aDeletionCleansUpEvenWhenTheFeatureWasSwitchedOffAfterwards() {
        SocialWorld world = new SocialWorld(db.store());
        world.host.addUser("alice");
        ProjectRef sd = world.host.addProject("SD");
        IssueRef issue = world.create(sd, "VPN down #vpn", "", "alice");
        world.app.features().set(sd.id(), Map.of(Feature.HASHTAGS, false));

        world.host.remove(issue);
        world.handle(IssueChange.of("delete-" + issue.id(), issue, "alice", IssueChange.Kind.DELETED,
                world.clock.tick()));

        assertThat(rows(IssueHashtagEntity.class, issue)).isZero();
    }

    @Test
    void qAndAEarnsNoPointsAndRecordsNoActivityWhereKudosAndFollowsAreOff() {
        SocialWorld world = new SocialWorld(db.store());
        world.host.addUser("alice");
        world.host.addUser("bob");
        ProjectRef sd = world.host.addProject("SD");
        IssueRef issue = world.create(sd, "VPN down", "", "alice");
        world.app.features().set(sd.id(), Map.of(Feature.KUDOS, false, Feature.FOLLOWS, false));
        int activitiesBefore = db.store().count(com.socialitsm.store.ActivityEntity.class, "ISSUE_ID = ?", issue.id());

        long question = world.app.questions().ask("alice", com.socialitsm.qa.QuestionDraft.onIssue(issue.key(),
                "How do I reset the VPN token?", "It expired.")).value().id();
        long answer = world.app.questions().answer("bob", question, "Use the portal.").value().answer().id();
        world.app.questions().accept("alice", question, answer).value();

        assertThat(db.store().count(PointsEntryEntity.class, "USER_KEY = ?", "bob")).as("no points for bob").isZero();
        assertThat(db.store().count(com.socialitsm.store.ActivityEntity.class, "ISSUE_ID = ?", issue.id()))
                .as("no Q&A activity").isEqualTo(activitiesBefore);
    }

    private static int rows(Class<? extends net.java.ao.RawEntity<Integer>> type, IssueRef issue) {
        return db.store().count(type, "ISSUE_ID = ?", issue.id());
    }
}
