package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.testing.DatabaseTest;

/**
 * Issue #20 item 10: the project picker's source, {@code GET /rest/social/1.0/projects?query=}, lists only projects the
 * caller may browse, matches key or name, and answers AUI's single select ({@code label}, {@code value}, {@code ?q=}).
 */
@DatabaseTest
class PickerRestTest {
    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> keys(String path, String user) throws Exception {
        var response = devhost.get(path, Optional.of(user));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        for (JsonNode project : JSON.readTree(response.body())) {
            assertThat(project.get("value").asText()).isEqualTo(project.get("key").asText());
            assertThat(project.get("label").asText()).contains(project.get("name").asText());
            keys.add(project.get("key").asText());
        }
        return keys;
    }

    @Test
    void projectsAreTheOnesTheCallerMayBrowseMatchedByKeyOrName() throws Exception {
        assertThat(keys("/rest/social/1.0/projects", "alice")).containsExactly("SD", "SEC");
        assertThat(keys("/rest/social/1.0/projects", "dave")).containsExactly("SD");
        assertThat(keys("/rest/social/1.0/projects?query=service", "alice")).containsExactly("SD");
        assertThat(keys("/rest/social/1.0/projects?q=sec", "alice")).containsExactly("SEC");
        assertThat(keys("/rest/social/1.0/projects?query=security", "dave")).isEmpty();
    }

    @Test
    void anonymousCallersAndBadLimitsGetJsonErrors() {
        assertThat(devhost.get("/rest/social/1.0/projects", Optional.empty()).statusCode()).isEqualTo(401);
        var bad = devhost.get("/rest/social/1.0/projects?limit=0", Optional.of("alice"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"message\"");
    }
}
