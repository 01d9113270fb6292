package com.socialitsm.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.store.Store;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.MutableClock;

/** A project SD with agent alice, users bob, carol and dave, and project SEC that dave may not browse. */
final class PollFixture {
    final InMemoryHost host = new InMemoryHost();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    final SocialApp app;
    final PollService polls;
    final ProjectRef sd;
    final ProjectRef sec;

    PollFixture(Store store) {
        app = new SocialApp(store, clock, host, host, host);
        polls = app.polls();
        sd = host.addProject("SD");
        sec = host.addProject("SEC");
        for (String user : List.of("alice", "bob", "carol", "dave", "admin")) {
            host.addUser(user);
        }
        host.makeAdmin("admin");
        host.makeAgent(sd, "alice");
        host.makeAgent(sec, "alice");
        host.restrictProject(sec, "alice", "bob", "carol", "admin");
    }

    PollView ask(String project, boolean multiple, boolean anonymous, boolean resultsAfterClose, String... options) {
        return polls.ask("alice", new PollDraft(project, "Which service desk hours suit you?", List.of(options),
                multiple, clock.instant().plus(Duration.ofDays(2)), anonymous, resultsAfterClose)).value();
    }
}
