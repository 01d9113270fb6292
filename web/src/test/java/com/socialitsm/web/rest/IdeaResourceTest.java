package com.socialitsm.web.rest;

import static com.socialitsm.web.rest.VoteResourceTest.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
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
import com.socialitsm.testing.InMemoryIssueCreation;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.StoreExtension;

/** The ideas REST: answers and status codes, limits as 400, hidden projects as 404, agents only where it says. */
@DatabaseTest
class IdeaResourceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final InMemoryHost host = new InMemoryHost();
    private String caller;
    private IdeaResource resource;
    private IdeaResource withoutIssueCreation;
    private VoteResource votes;

    @BeforeEach
    void setUp() {
        SocialApp app = new SocialApp(db.store(), new MutableClock(Instant.parse("2026-12-01T10:00:00Z")), host, host,
                host);
        ProjectRef sd = host.addProject("SD");
        ProjectRef sec = host.addProject("SEC");
        for (String user : new String[] {"alice", "bob", "carol", "dave"}) {
            host.addUser(user);
        }
        host.makeAgent(sd, "alice");
        host.restrictProject(sec, "alice", "bob");
        resource = new IdeaResource(app, () -> Optional.ofNullable(caller),
                Optional.of(new InMemoryIssueCreation(host)));
        withoutIssueCreation = new IdeaResource(app, () -> Optional.ofNullable(caller), Optional.empty());
        votes = new VoteResource(app, () -> Optional.ofNullable(caller));
    }

    @Test
    void submitVoteCommentStatusAndIssueAnswerAsDocumented() {
        caller = "carol";
        Response created = resource.submit(new IdeaResource.SubmitRequest("SD", "Chat support on the portal",
                "Like **this**", List.of("chat")));
        assertThat(created.getStatus()).isEqualTo(201);
        IdeaResource.IdeaJson idea = (IdeaResource.IdeaJson) created.getEntity();
        assertThat(idea.status()).isEqualTo("open");
        assertThat(idea.hashtags()).containsExactly("chat");
        String id = Long.toString(idea.id());

        caller = "bob";
        assertThat(resource.vote(id)).isEqualTo(new IdeaResource.IdeaVotesJson(idea.id(), 1, true));
        assertThat(resource.unvote(id)).isEqualTo(new IdeaResource.IdeaVotesJson(idea.id(), 0, false));
        resource.vote(id);
        assertThat(resource.comment(id, new IdeaResource.CommentRequest("+1")).getStatus()).isEqualTo(201);
        assertStatus(() -> resource.setStatus(id, new IdeaResource.StatusRequest("planned", "no")), 403);
        assertStatus(() -> resource.turnIntoIssue(id, null), 403);

        caller = "alice";
        IdeaResource.IdeaDetailJson planned = resource.setStatus(id,
                new IdeaResource.StatusRequest("planned", "Next sprint."));
        assertThat(planned.status()).isEqualTo("planned");
        assertThat(planned.statusReason()).isEqualTo("Next sprint.");
        assertThat(planned.bodyHtml()).contains("<strong>this</strong>");
        assertThat(planned.comments()).hasSize(1);
        Response issue = resource.turnIntoIssue(id, null);
        assertThat(issue.getStatus()).isEqualTo(201);
        String key = ((IdeaResource.IssueKeyJson) issue.getEntity()).issueKey();
        assertThat(resource.get(id).issueKey()).isEqualTo(key);
        assertStatus(() -> resource.turnIntoIssue(id, null), 409);
        assertStatus(() -> withoutIssueCreation.turnIntoIssue(id, null), 501);

        IdeaResource.IdeaPageJson page = resource.list("SD", "votes", null, "20");
        assertThat(page.items()).extracting(IdeaResource.IdeaJson::id).containsExactly(idea.id());
        assertThat(page.next()).isNull();
    }

    @Test
    void followAndUnfollowAnIdeaAsDocumented() {
        caller = "carol";
        IdeaResource.IdeaJson idea = (IdeaResource.IdeaJson) resource.submit(new IdeaResource.SubmitRequest("SD",
                "Quieter open-plan office", "", null)).getEntity();
        String id = Long.toString(idea.id());
        caller = "bob";
        IdeaResource.IdeaJson secret = (IdeaResource.IdeaJson) resource.submit(new IdeaResource.SubmitRequest("SEC",
                "Rotate the VPN certificates", "", null)).getEntity();

        caller = "dave";
        assertThat(resource.get(id).following()).isFalse();
        assertThat(resource.follow(id)).isEqualTo(new IdeaResource.IdeaFollowJson(idea.id(), true));
        assertThat(resource.get(id).following()).isTrue();
        assertThat(resource.unfollow(id)).isEqualTo(new IdeaResource.IdeaFollowJson(idea.id(), false));
        assertThat(resource.get(id).following()).isFalse();
        assertStatus(() -> resource.follow(Long.toString(secret.id())), 404);
        assertStatus(() -> resource.unfollow(Long.toString(secret.id())), 404);
        assertStatus(() -> resource.follow("abc"), 400);
        caller = null;
        assertStatus(() -> resource.follow(id), 401);
        assertStatus(() -> resource.unfollow(id), 401);
    }

    @Test
    void everyLimitIs400() {
        caller = "carol";
        assertStatus(() -> resource.submit(new IdeaResource.SubmitRequest("SD", "short", "", null)), 400);
        assertStatus(() -> resource.submit(new IdeaResource.SubmitRequest("SD", "t".repeat(201), "", null)), 400);
        assertStatus(() -> resource.submit(new IdeaResource.SubmitRequest("SD", "A long enough title",
                "b".repeat(30_001), null)), 400);
        assertStatus(() -> resource.submit(new IdeaResource.SubmitRequest("SD", "A long enough title", "",
                List.of("bad tag"))), 400);
        assertStatus(() -> resource.submit(new IdeaResource.SubmitRequest(null, "A long enough title", "", null)), 400);
        assertStatus(() -> resource.submit(null), 400);
        assertStatus(() -> resource.list("SD", "popular", null, null), 400);
        assertStatus(() -> resource.list("SD", "newest", "garbage", null), 400);
        assertStatus(() -> resource.list("SD", "newest", null, "101"), 400);
        assertStatus(() -> resource.list(null, null, null, null), 400);
        assertStatus(() -> resource.get("abc"), 400);
        String id = Long.toString(((IdeaResource.IdeaJson) resource.submit(new IdeaResource.SubmitRequest("SD",
                "A long enough title", "", null)).getEntity()).id());
        assertStatus(() -> resource.comment(id, new IdeaResource.CommentRequest("")), 400);
        caller = "alice";
        assertStatus(() -> resource.setStatus(id, new IdeaResource.StatusRequest("shipped", "")), 400);
        assertStatus(() -> resource.setStatus(id, new IdeaResource.StatusRequest("done", "r".repeat(2_001))), 400);
    }

    @Test
    void hiddenProjectsAre404AndAnonymousWritesAre401() {
        caller = "bob";
        String secret = Long.toString(((IdeaResource.IdeaJson) resource.submit(new IdeaResource.SubmitRequest("SEC",
                "Hardware tokens for admins", "", null)).getEntity()).id());
        caller = "dave";
        assertStatus(() -> resource.get(secret), 404);
        assertStatus(() -> resource.vote(secret), 404);
        assertStatus(() -> resource.list("SEC", null, null, null), 404);
        assertStatus(() -> resource.submit(new IdeaResource.SubmitRequest("SEC", "Something secret", "", null)), 404);
        assertStatus(() -> resource.get("99999"), 404);
        assertStatus(() -> votes.boss("SEC"), 404);
        caller = null;
        assertStatus(() -> resource.vote(secret), 401);
        assertStatus(() -> resource.submit(new IdeaResource.SubmitRequest("SD", "Anonymous idea here", "", null)),
                401);
    }

    @Test
    void theBossIsShownWithVotesAndAge() {
        caller = "carol";
        IssueRef issue = host.addIssue(host.projectByKey("SD").orElseThrow(), "VPN drops every hour", "", "carol");
        assertThat(votes.boss("SD").boss()).isNull();
        votes.vote(issue.key());
        VoteResource.BossJson boss = votes.boss("SD");
        assertThat(boss.boss().issueKey()).isEqualTo(issue.key());
        assertThat(boss.boss().votes()).isEqualTo(1);
        assertThat(boss.boss().ageDays()).isZero();
    }
}
