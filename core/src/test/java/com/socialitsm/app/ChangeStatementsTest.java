package com.socialitsm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.follow.FollowTarget;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.store.TableNames;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.StoreExtension;

/**
 * What an issue change does not do twice or needlessly (issue #23): it reads the settings — the project's feature
 * switches, the follow rules, the kudos rules — once, in one statement, for every step; its claim costs no NEXTVAL (a
 * batch of one row),
 * the issue's FOLLOW rows are read once for the auto-follow of its participants and the delivery of its activity
 * together, and a resolution judges its tags by the taggers the hashtag step read, without reading ISSUE_HASHTAG again.
 */
@DatabaseTest
class ChangeStatementsTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryHost host = new InMemoryHost();

    @Test
    void eachKindOfChangeReadsSettingsTagsAndFollowsOnceAndClaimsWithoutASequenceRead() {
        for (String user : List.of("alice", "bob", "carol")) {
            host.addUser(user);
        }
        ProjectRef sd = host.addProject("SD");
        SocialApp app = new SocialApp(db.store(), clock, host, host, host);
        IssueRef issue = host.addIssue(sd, "VPN down #vpn #outage", "", "carol");
        IssueRef assigned = host.update(new IssueRef(issue.id(), issue.key(), issue.projectId(), issue.projectKey(),
                issue.summary(), issue.description(), issue.status(), issue.resolved(), Optional.of("bob"),
                issue.reporter()));
        List<IssueChange> changes = List.of(
                IssueChange.of("c1", issue, "carol", IssueChange.Kind.CREATED, clock.instant()),
                IssueChange.of("c2", assigned, "alice", IssueChange.Kind.ASSIGNED, clock.instant()),
                IssueChange.of("c3", assigned, "alice", IssueChange.Kind.COMMENTED, clock.instant())
                        .withComment("On it #network"),
                IssueChange.of("c4", assigned, "bob", IssueChange.Kind.RESOLVED, clock.instant()));

        for (IssueChange change : changes) {
            db.sql().reset();
            app.engine().handle(change);
            List<String> statements = db.sql().statements();
            String listing = change.kind() + ":\n" + String.join("\n", statements);
            assertThat(statements).as(listing).filteredOn(sql -> reads(sql, "SETTING")).hasSize(1);
            assertThat(statements).as(listing).filteredOn(sql -> reads(sql, "ISSUE_HASHTAG")).hasSize(1);
            assertThat(statements).as(listing).filteredOn(sql -> reads(sql, "FOLLOW")).hasSize(1);
            assertThat(statements).as(listing)
                    .noneMatch(sql -> sql.toUpperCase(Locale.ROOT).contains("PROCESSED_CHANGE_ID_SEQ"));
        }
        assertThat(app.follows().isFollowing("carol", FollowTarget.issue(issue.id())))
                .as("the reporter follows the issue she created").isTrue();
    }

    private static boolean reads(String sql, String table) {
        String upper = sql.toUpperCase(Locale.ROOT);
        return upper.startsWith("SELECT") && (upper.contains(TableNames.appPrefix() + table + "\"")
                || upper.contains(TableNames.appPrefix() + table + " "));
    }
}
