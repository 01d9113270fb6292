package com.socialitsm.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.qa.QuestionDraft;
import com.socialitsm.reliability.SocialWorld;
import com.socialitsm.store.Schema;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** The admin's export: every table of the schema, every row once, read in pages. */
@DatabaseTest
class DataExportTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    @Test
    void exportsEveryTableWithEveryRowOnceInIdOrderAcrossPages() {
        SocialWorld world = new SocialWorld(db.store());
        for (String user : List.of("alice", "bob")) {
            world.host.addUser(user);
        }
        ProjectRef sd = world.host.addProject("SD");
        List<IssueRef> issues = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            IssueRef issue = world.create(sd, "VPN down #vpn #tag" + i, "", "alice");
            world.comment(issue, "bob", "me too");
            world.app.votes().vote("bob", issue.key());
            issues.add(issue);
        }
        world.app.follows().follow("bob", TargetType.HASHTAG, "vpn");
        world.app.kudos().give("alice", "bob", null, "thanks");
        assertThat(world.app.questions().ask("alice", QuestionDraft.onIssue(issues.get(0).key(),
                "How do I reset the VPN token?", "Asking")).value()).isNotNull();

        Recorder recorder = new Recorder();
        new DataExport(db.store(), 2).writeTo(recorder);

        assertThat(recorder.tables.keySet()).containsExactlyElementsOf(DataExport.tables());
        assertThat(recorder.tables).hasSize(Schema.ENTITIES.size());
        assertThat(recorder.tables.get("Vote")).hasSize(5);
        assertThat(recorder.tables.get("IssueHashtag")).hasSize(10);
        assertThat(recorder.tables.get("Question")).hasSize(1);
        for (Map.Entry<String, List<Map<String, Object>>> table : recorder.tables.entrySet()) {
            List<Integer> ids = table.getValue().stream().map(row -> (Integer) row.get("id")).toList();
            assertThat(ids).as(table.getKey()).isSorted().doesNotHaveDuplicates();
            assertThat(recorder.counts.get(table.getKey())).isEqualTo(table.getValue().size());
        }
        assertThat(recorder.tables.get("Vote").get(0)).containsEntry("voter", "bob").containsKey("issueId");
        assertThat(recorder.tables.get("Kudos").get(0)).containsEntry("message", "thanks");
    }

    private static final class Recorder implements DataExport.Sink {
        final Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        final Map<String, Long> counts = new LinkedHashMap<>();
        private List<Map<String, Object>> current;

        @Override
        public void beginTable(String table) {
            current = new ArrayList<>();
            tables.put(table, current);
        }

        @Override
        public void row(Map<String, Object> columns) {
            current.add(columns);
        }

        @Override
        public void endTable(String table, long rows) {
            counts.put(table, rows);
        }
    }
}
