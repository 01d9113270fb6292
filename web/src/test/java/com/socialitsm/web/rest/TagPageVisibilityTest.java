package com.socialitsm.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.app.SocialApp;
import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * #21.3: a tag page tells a viewer nothing about a tag used only where they cannot look. GET /hashtags/{tag} for a
 * tag whose every issue is hidden from the caller answers, as JSON, exactly what it answers for a tag nobody ever
 * used (same spelling rule, count, followers, related tags, issues and cursor), also when the tag was merged into a
 * tag the caller cannot see.
 */
@DatabaseTest
class TagPageVisibilityTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    /** More hidden issues than a page of one scans before it gives up and hands out a cursor. */
    private static final int HIDDEN_ISSUES = 70;

    private final ObjectMapper json = JsonMapping.createMapper();
    private final AtomicInteger changes = new AtomicInteger();
    private SocialApp app;

    @BeforeEach
    void setUp() {
        OpenAndSecretProjects world = new OpenAndSecretProjects(db.store(), NOW, "VPN down #VPN", "",
                secretSummary(0));
        app = world.app;
        handleCreated(world.open);
        handleCreated(world.secret);
        for (int i = 1; i < HIDDEN_ISSUES; i++) {
            handleCreated(world.host.addIssue(world.sec, secretSummary(i), "", "alice"));
        }
    }

    private static String secretSummary(int i) {
        return "Plan " + i + " #TopSecretTag #Breach #HiddenTarget";
    }

    private void handleCreated(IssueRef issue) {
        app.engine().handle(IssueChange.of("c" + changes.incrementAndGet(), issue, "alice", IssueChange.Kind.CREATED,
                NOW));
    }

    private String page(String viewer, String tag, String limit, String cursor) throws JsonProcessingException {
        return json.writeValueAsString(new HashtagResource(app, () -> Optional.ofNullable(viewer))
                .tagPage(tag, limit, cursor));
    }

    @Test
    void aTagUsedOnlyOnHiddenIssuesAnswersExactlyAsATagNobodyUsed() throws JsonProcessingException {
        app.follows().follow("bob", TargetType.HASHTAG, "topsecrettag");

        String hidden = page("dave", "TOPSECRETTAG", null, null);
        String neverUsed = page("dave", "NEVERSEENTAG", null, null);

        assertThat(hidden).isEqualTo(neverUsed.replace("neverseentag", "topsecrettag"));
        assertThat(neverUsed).isEqualTo("{\"tag\":\"neverseentag\",\"display\":\"neverseentag\",\"count\":0,"
                + "\"followers\":0,\"related\":[],\"issues\":[],\"next\":null,\"chatter\":0}");
        assertThat(page(null, "TOPSECRETTAG", null, null))
                .isEqualTo(page(null, "NEVERSEENTAG", null, null).replace("neverseentag", "topsecrettag"));
        assertThat(page("bob", "topsecrettag", null, null)).as("bob may see SEC")
                .contains("\"display\":\"TopSecretTag\"", "\"count\":" + HIDDEN_ISSUES, "\"followers\":1");
        assertThat(page("dave", "vpn", null, null)).contains("\"display\":\"VPN\"", "\"count\":1");
    }

    @Test
    void aPageOfOneOverManyHiddenIssuesHandsOutNoCursor() throws JsonProcessingException {
        String bobsCursor = json.readTree(page("bob", "topsecrettag", "1", null)).get("next").asText();

        assertThat(page("dave", "topsecrettag", "1", null))
                .isEqualTo(page("dave", "neverseentag", "1", null).replace("neverseentag", "topsecrettag"));
        assertThat(page("dave", "topsecrettag", "1", bobsCursor))
                .isEqualTo(page("dave", "neverseentag", "1", bobsCursor).replace("neverseentag", "topsecrettag"));
    }

    @Test
    void aTagMergedIntoATagTheViewerCannotSeeDoesNotRevealItsTarget() throws JsonProcessingException {
        new HashtagAdminResource(app, () -> Optional.of("alice")).merge(new MergeJson(List.of("OldName"),
                "hiddentarget"));

        assertThat(page("dave", "oldname", null, null))
                .isEqualTo(page("dave", "neverseentag", null, null).replace("neverseentag", "oldname"));
        assertThat(page("bob", "oldname", null, null)).as("bob sees the target")
                .contains("\"tag\":\"hiddentarget\"", "\"display\":\"HiddenTarget\"");
    }
}
