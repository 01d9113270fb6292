package com.socialitsm.web.rest;

import static com.socialitsm.web.rest.VoteResourceTest.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.StoreExtension;

/** Who may log and confirm desk visits over REST, and what each answer says. */
@DatabaseTest
class VisitResourceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final InMemoryHost host = new InMemoryHost();
    private String caller;
    private VisitResource resource;
    private IssueRef issue;

    @BeforeEach
    void setUp() {
        SocialApp app = new SocialApp(db.store(), new MutableClock(Instant.parse("2024-06-12T10:00:00Z")), host, host,
                host);
        ProjectRef sd = host.addProject("SD");
        for (String user : new String[] {"alice", "bob", "carol"}) {
            host.addUser(user);
        }
        IssueRef added = host.addIssue(sd, "Printer jammed", "", "alice");
        issue = host.update(new IssueRef(added.id(), added.key(), added.projectId(), added.projectKey(),
                added.summary(), added.description(), "Open", false, Optional.of("bob"), added.reporter()));
        resource = new VisitResource(app, () -> Optional.ofNullable(caller));
    }

    @Test
    void theAssigneeLogsA201PendingVisitAndTheReporterConfirmsItOnceForPoints() {
        caller = "bob";
        Response created = resource.log(issue.key(), new VisitResource.LogVisitRequest("Swapped the toner"));
        assertThat(created.getStatus()).isEqualTo(201);
        VisitResource.VisitJson pending = (VisitResource.VisitJson) created.getEntity();
        assertThat(pending.state()).isEqualTo("pending");
        assertThat(resource.ofIssue(issue.key()).canLog()).isTrue();

        caller = "alice";
        assertThat(resource.ofIssue(issue.key()).canLog()).isFalse();
        assertThat(resource.ofIssue(issue.key()).confirmable()).containsExactly(pending.id());
        VisitResource.VisitJson confirmed = resource.confirm(Long.toString(pending.id()));
        assertThat(confirmed.state()).isEqualTo("confirmed");
        assertThat(confirmed.points()).isEqualTo(10);
        assertThat(resource.confirm(Long.toString(pending.id()))).as("idempotent").isEqualTo(confirmed);
        assertThat(resource.ofIssue(issue.key()).visits()).containsExactly(confirmed);
    }

    @Test
    void anyoneButTheAssigneeOrReporterIsForbidden() {
        caller = "carol";
        assertStatus(() -> resource.log(issue.key(), null), 403);
        caller = "alice";
        assertStatus(() -> resource.log(issue.key(), null), 403);
        caller = "bob";
        long id = ((VisitResource.VisitJson) resource.log(issue.key(), null).getEntity()).id();
        assertStatus(() -> resource.confirm(Long.toString(id)), 403);
        caller = "carol";
        assertStatus(() -> resource.confirm(Long.toString(id)), 403);
        caller = null;
        assertStatus(() -> resource.log(issue.key(), null), 401);
        assertStatus(() -> resource.confirm(Long.toString(id)), 401);
    }

    @Test
    void hiddenOrMissingIssuesAre404AndAnOverLongNoteIs400() {
        caller = "bob";
        assertStatus(() -> resource.log(issue.key(), new VisitResource.LogVisitRequest("x".repeat(501))), 400);
        assertStatus(() -> resource.log("SD-999", null), 404);
        assertStatus(() -> resource.confirm("999"), 404);
        assertStatus(() -> resource.confirm("abc"), 400);
        host.restrictIssue(issue, "alice");
        assertStatus(() -> resource.log(issue.key(), null), 404);
        assertStatus(() -> resource.ofIssue(issue.key()), 404);
    }
}
