package com.socialitsm.web.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.store.Store;
import com.socialitsm.testing.InMemoryHost;

/**
 * The world the resource tests that check BROWSE filtering share, on a real app and database: users alice, bob and
 * dave (alice a Jira admin), project SD that everyone may browse with the issue {@link #open}, and project SEC that
 * only alice and bob may browse with the issue {@link #secret}; alice reported both. The clock stands still. A test
 * that needs more issues adds them to {@link #host} in {@link #sd} or {@link #sec}.
 */
final class OpenAndSecretProjects {
    final InMemoryHost host;
    final ProjectRef sd;
    final ProjectRef sec;
    final SocialApp app;
    final IssueRef open;
    final IssueRef secret;

    OpenAndSecretProjects(Store store, Instant now, String openSummary, String openDescription, String secretSummary) {
        host = new InMemoryHost();
        host.addUser("alice");
        host.addUser("bob");
        host.addUser("dave");
        host.makeAdmin("alice");
        sd = host.addProject("SD");
        sec = host.addProject("SEC");
        host.restrictProject(sec, "alice", "bob");
        open = host.addIssue(sd, openSummary, openDescription, "alice");
        secret = host.addIssue(sec, secretSummary, "", "alice");
        app = new SocialApp(store, Clock.fixed(now, ZoneOffset.UTC), host, host, host);
    }
}
