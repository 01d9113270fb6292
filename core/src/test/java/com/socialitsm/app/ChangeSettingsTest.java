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

import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.store.TableNames;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.StoreExtension;

/**
 * The engine reads the settings of an issue change — the project's feature switches, the follow rules, the kudos
 * rules — once, in one statement, for every step; no step reads SETTING again.
 */
@DatabaseTest
class ChangeSettingsTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryHost host = new InMemoryHost();

    @Test
    void everyKindOfChangeReadsTheSettingTableOnce() {
        for (String user : List.of("alice", "bob", "carol")) {
            host.addUser(user);
        }
        ProjectRef sd = host.addProject("SD");
        SocialApp app = new SocialApp(db.store(), clock, host, host, host);
        IssueRef issue = host.addIssue(sd, "VPN down #vpn", "", "carol");
        IssueRef assigned = host.update(new IssueRef(issue.id(), issue.key(), issue.projectId(), issue.projectKey(),
                issue.summary(), issue.description(), issue.status(), issue.resolved(), Optional.of("bob"),
                issue.reporter()));
        List<IssueChange> changes = List.of(
                IssueChange.of("c1", issue, "carol", IssueChange.Kind.CREATED, clock.instant()),
                IssueChange.of("c2", assigned, "alice", IssueChange.Kind.ASSIGNED, clock.instant()),
                IssueChange.of("c3", assigned, "alice", IssueChange.Kind.COMMENTED, clock.instant())
                        .withComment("On it #outage"),
                IssueChange.of("c4", assigned, "bob", IssueChange.Kind.RESOLVED, clock.instant()));

        for (IssueChange change : changes) {
            db.sql().reset();
            app.engine().handle(change);
            assertThat(db.sql().statements()).as("%s", change.kind())
                    .filteredOn(sql -> readsSettings(sql)).hasSize(1);
        }
    }

    private static boolean readsSettings(String sql) {
        String upper = sql.toUpperCase(Locale.ROOT);
        return upper.startsWith("SELECT") && upper.contains(TableNames.appPrefix() + "SETTING");
    }
}
