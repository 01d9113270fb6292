package com.socialitsm.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.kudos.Period;
import com.socialitsm.privacy.UserKeyRewriter;
import com.socialitsm.qa.QuestionDraft;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * A user who took part in everything the app records is anonymized; afterwards no column of any table of the schema
 * holds the old key — not as a plain value and not inside a composite key, a slot, a source key or a setting.
 */
@DatabaseTest
class AnonymizationLeavesNoTraceTest {
    /** Distinctive, so a substring match can only be this user. */
    private static final String OLD = "qx-olduser-77";
    private static final String NEW = "JIRAUSER10177";

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    @Test
    void afterRewritingNoColumnOfAnyTableHoldsTheOldKey() {
        SocialWorld world = new SocialWorld(db.store());
        for (String user : new String[] {OLD, "bob", "carol"}) {
            world.host.addUser(user);
        }
        ProjectRef sd = world.host.addProject("SD");
        // As reporter, assignee, resolver of tagged issues (resolution points, first-tag bonus, badges)...
        IssueRef mine = world.create(sd, "VPN down #vpn", "since today #outage", OLD);
        world.comment(mine, "bob", "me too #vpn");
        world.assign(mine, "bob", OLD);
        world.resolve(mine, OLD);
        IssueRef theirs = world.create(sd, "Printer jam #printer", "", "bob");
        world.comment(theirs, OLD, "first response from me #paper");
        world.assign(theirs, "carol", OLD);
        world.resolve(theirs, OLD);
        // ...as tagger, voter, follower, followed, kudos giver and receiver, opted out of leaderboards.
        world.app.hashtags().addTags(OLD, theirs.key(), java.util.List.of("manual-tag"));
        world.app.votes().vote(OLD, theirs.key());
        world.app.votes().vote("bob", mine.key());
        world.app.follows().follow(OLD, TargetType.HASHTAG, "vpn");
        world.app.follows().follow("carol", TargetType.USER, OLD);
        world.app.follows().follow(OLD, TargetType.PROJECT, "SD");
        world.app.kudos().give(OLD, "bob", theirs.key(), "thanks bob");
        world.app.kudos().give("carol", OLD, mine.key(), "great work");
        world.app.kudos().give("bob", OLD, null, "cheers");
        world.app.kudos().optOut(OLD);
        // ...and in Q&A: asking, answering, voting, accepting and being accepted.
        var questions = world.app.questions();
        long asked = questions.ask(OLD, QuestionDraft.onIssue(mine.key(), "How do I reset the VPN token?",
                "It expires #vpn")).value().id();
        long bobsAnswer = questions.answer("bob", asked, "Use the portal").value().answer().id();
        questions.voteOnAnswer(OLD, bobsAnswer, 1);
        questions.accept(OLD, asked, bobsAnswer);
        long bobsQuestion = questions.ask("bob", QuestionDraft.inProject("SD", "Where is the printer driver?",
                "Need it")).value().id();
        long myAnswer = questions.answer(OLD, bobsQuestion, "On the share").value().answer().id();
        questions.voteOnAnswer("carol", myAnswer, 1);
        questions.voteOnQuestion(OLD, bobsQuestion, 1);
        questions.accept("bob", bobsQuestion, myAnswer);
        world.app.kudos().rollup().rollUp();
        // ...and on the customer portal: as the agent who wrote a known issue and its update, and as a customer who
        // said "me too" and follows another one.
        com.socialitsm.testing.InMemoryPortals portals = new com.socialitsm.testing.InMemoryPortals();
        ProjectRef hr = world.host.addProject("HR");
        portals.addPortal(sd, java.util.Set.of(OLD), java.util.Set.of("carol"));
        portals.addPortal(hr, java.util.Set.of("bob"), java.util.Set.of(OLD));
        var known = new com.socialitsm.app.PortalApp(world.app, portals).knownIssues();
        long written = known.create(Optional.of(OLD), new com.socialitsm.knownissue.KnownIssueDraft(mine.key(),
                "VPN drops", "On it", Optional.empty())).value().id();
        known.edit(Optional.of(OLD), written, new com.socialitsm.knownissue.KnownIssueEdit(Optional.empty(),
                Optional.empty(), Optional.of("fixed"), Optional.of("Done"))).value();
        IssueRef payroll = world.create(hr, "Payroll late", "", "bob");
        long theirsKnown = known.create(Optional.of("bob"), new com.socialitsm.knownissue.KnownIssueDraft(
                payroll.key(), "Payroll late", "Checking", Optional.empty())).value().id();
        known.meToo(Optional.of(OLD), theirsKnown, true).value();
        known.follow(Optional.of(OLD), theirsKnown, true).value();
        db.store().flushAll();
        assertThat(TableScan.occurrences(db.store(), OLD)).as("the scenario must reference the user").isNotEmpty();

        new UserKeyRewriter(db.store()).rewrite(OLD, NEW, UserKeyRewriter.ProgressListener.NONE);
        db.store().flushAll();

        assertThat(TableScan.occurrences(db.store(), OLD)).isEmpty();
        // And the user keeps what they had, under the new key.
        world.host.addUser(NEW);
        assertThat(world.app.kudos().profile(Optional.of(NEW), NEW)).hasValueSatisfying(profile ->
                assertThat(profile.points()).isPositive());
        assertThat(world.app.kudos().isOptedOut(NEW)).isTrue();
        assertThat(world.app.votes().status(Optional.of(NEW), theirs.key()))
                .hasValueSatisfying(status -> assertThat(status.voted()).isTrue());
        assertThat(world.app.kudos().leaderboard(Optional.of("bob"), Period.ALL, null, 10)).isPresent();
    }
}
