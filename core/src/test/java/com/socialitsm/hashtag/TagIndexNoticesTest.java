package com.socialitsm.hashtag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;

import net.java.ao.Query;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.host.HistoricIssues;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.IssueTagIndex;
import com.socialitsm.host.LabeledIssues;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.Store;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * Every path that changes an issue's tags besides the engine (hand edits, merge, rename, block, the labels import, the
 * backfill) tells the host's search index once per affected issue, after its transaction committed, with the tags the
 * database then holds; an admin's change to many issues is handed to the host's executor instead of the request.
 */
@DatabaseTest
class TagIndexNoticesTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();
    private static final Optional<String> ADMIN = Optional.of("admin");
    private static final Instant LONG_AGO = Instant.parse("2026-01-05T10:00:00Z");

    private final RecordingIndex index = new RecordingIndex();
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor later = queued::add;
    private HashtagFixture world;
    private ProjectRef sd;

    @BeforeEach
    void setUp() {
        world = new HashtagFixture(db.store(), index, later);
        index.store = db.store();
        sd = world.host.addProject("SD");
    }

    @Test
    void aHandEditIsIndexedOnceAfterItCommittedAndARefusedOneNotAtAll() {
        IssueRef issue = world.create(sd, "Printer jam", "");
        index.calls.clear();

        world.hashtags.addTags("alice", issue.key(), List.of("printer", "Hardware"));
        assertThat(index.calls).containsExactly(new Call(issue.id(), Set.of("printer", "hardware")));
        index.assertEachCallSawCommittedTags();

        index.calls.clear();
        world.hashtags.removeTag("alice", issue.key(), "printer");
        assertThat(index.calls).containsExactly(new Call(issue.id(), Set.of("hardware")));

        index.calls.clear();
        world.hashtags.addTags("alice", issue.key(), List.of("hardware"));
        world.hashtags.removeTag("alice", issue.key(), "nothere");
        done(world.hashtags.block(ADMIN, "spam"));
        index.calls.clear();
        world.hashtags.addTags("alice", issue.key(), List.of("spam"));
        assertThat(index.calls).as("no change, no write; a refused add changes nothing").isEmpty();
        assertThat(queued).isEmpty();
    }

    @Test
    void aRenameOverManyIssuesIsQueuedAndIndexesEachIssueOnceWithTheNewName() {
        List<IssueRef> issues = new ArrayList<>();
        for (int i = 0; i < TagIndexNotices.AT_ONCE_LIMIT + 5; i++) {
            issues.add(world.create(sd, "Wireless drops " + i + " #wlan", i % 2 == 0 ? "#wifi too" : ""));
        }
        index.calls.clear();

        MergeResult renamed = done(world.hashtags.rename(ADMIN, "wlan", "WiFi"));

        assertThat(renamed.into()).isEqualTo("wifi");
        assertThat(index.calls).as("nothing written in the admin's request").isEmpty();
        assertThat(queued).hasSize(1);
        queued.remove(0).run();
        assertThat(index.calls).hasSize(issues.size());
        for (IssueRef issue : issues) {
            assertThat(index.callsFor(issue.id())).containsExactly(Set.of("wifi"));
        }
        index.assertEachCallSawCommittedTags();
    }

    @Test
    void aMergeOfAFewIssuesIsIndexedAtOnceAndABlockRemovesTheTagFromTheIndex() {
        IssueRef vpn = world.create(sd, "VPN #vpnissue", "");
        IssueRef both = world.create(sd, "VPN again #vpnissue #vpn", "");
        IssueRef other = world.create(sd, "Mail #email", "");
        index.calls.clear();

        done(world.hashtags.merge(ADMIN, List.of("vpnissue"), "vpn"));
        assertThat(index.calls).containsExactlyInAnyOrder(new Call(vpn.id(), Set.of("vpn")),
                new Call(both.id(), Set.of("vpn")));

        index.calls.clear();
        done(world.hashtags.block(ADMIN, "vpn"));
        assertThat(index.calls).containsExactlyInAnyOrder(new Call(vpn.id(), Set.of()), new Call(both.id(), Set.of()));
        assertThat(index.callsFor(other.id())).isEmpty();

        index.calls.clear();
        assertThat(world.hashtags.merge(ADMIN, List.of("email"), "vpn").isDone()).as("into a blocked tag").isFalse();
        assertThat(index.calls).as("a refused merge committed nothing").isEmpty();
    }

    @Test
    void theLabelsImportIndexesThePagesTaggedIssuesOnceEach() {
        IssueRef laptop = world.host.addIssue(sd, "Laptop", "", "alice");
        IssueRef untouched = world.host.addIssue(sd, "Nothing", "", "alice");
        IssueRef mouse = world.host.addIssue(sd, "Mouse", "", "alice");
        Map<Long, List<String>> labels = Map.of(laptop.id(), List.of("hardware", "dell"), untouched.id(),
                List.of("not a tag"), mouse.id(), List.of("hardware"));
        LabeledIssues source = new LabeledIssues() {
            @Override
            public long count(long projectId) {
                return labels.size();
            }

            @Override
            public List<LabeledIssue> page(long projectId, Origin origin, long afterIssueId, int limit) {
                return labels.keySet().stream().filter(id -> id > afterIssueId).sorted().limit(limit)
                        .map(id -> new LabeledIssue(id, LONG_AGO, labels.get(id))).toList();
            }
        };
        new LabelImportJob(db.store(), world.clock, world.app.settings(), world.hashtags, source, Runnable::run, 10)
                .start(sd, LabeledIssues.Origin.LABELS);

        assertThat(index.calls).containsExactly(new Call(laptop.id(), Set.of("hardware", "dell")),
                new Call(mouse.id(), Set.of("hardware")));
        index.assertEachCallSawCommittedTags();
    }

    @Test
    void theBackfillIndexesEachIssueItTaggedAfterItsPageCommitted() {
        IssueRef vpn = world.host.addIssue(sd, "VPN drops #vpn", "", "alice");
        IssueRef plain = world.host.addIssue(sd, "Printer jam", "", "alice");
        IssueRef mail = world.host.addIssue(sd, "Mail", "", "alice");
        List<HistoricIssues.HistoricIssue> history = List.of(
                historic(vpn), historic(plain),
                new HistoricIssues.HistoricIssue(mail.id(), sd.id(), LONG_AGO, "Mail", "", List.of(
                        new HistoricIssues.DatedText("bounces #email", LONG_AGO.plusSeconds(60))), List.of()));
        HistoricIssues source = new HistoricIssues() {
            @Override
            public long count() {
                return history.size();
            }

            @Override
            public List<HistoricIssue> page(long afterIssueId, int limit, boolean withLabels) {
                return history.stream().filter(i -> i.issueId() > afterIssueId).limit(limit).toList();
            }
        };
        BackfillJob job = new BackfillJob(db.store(), world.clock, world.app.settings(), world.app.features(),
                world.hashtags, source, Runnable::run, d -> { }, 2);

        job.start(false);

        assertThat(index.calls).containsExactly(new Call(vpn.id(), Set.of("vpn")), new Call(mail.id(), Set.of("email")));
        index.assertEachCallSawCommittedTags();
        index.calls.clear();
        job.start(false);
        assertThat(index.calls).as("a second run tags nothing new").isEmpty();
    }

    @Test
    void theCommittedCheckCatchesACallMadeInsideTheTransaction() {
        IssueRef issue = world.create(sd, "Printer #printer", "");
        index.calls.clear();

        assertThatThrownBy(() -> db.store().executeInTransaction(() -> {
            db.store().deleteWithSQL(IssueHashtagEntity.class, "ISSUE_ID = ?", issue.id());
            index.tagsChanged(issue.id(), Set.of());
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(index.notCommitted).as("the reader saw the committed 'printer', not the uncommitted delete")
                .containsExactly(new Call(issue.id(), Set.of()));
        assertThat(world.tags(issue)).containsExactly("printer");
    }

    private HistoricIssues.HistoricIssue historic(IssueRef issue) {
        return new HistoricIssues.HistoricIssue(issue.id(), issue.projectId(), LONG_AGO, issue.summary(),
                issue.description(), List.of(), List.of());
    }

    private static <T> T done(com.socialitsm.outcome.Outcome<T> outcome) {
        return HashtagFixture.done(outcome);
    }

    record Call(long issueId, Set<String> tags) {
    }

    /**
     * Records each call, and whether the database held exactly the reported tags when it was made, read on another
     * thread (so on another connection, outside the caller's transaction, as another node would): true only if the
     * transaction that changed them had committed.
     */
    static final class RecordingIndex implements IssueTagIndex {
        final List<Call> calls = new ArrayList<>();
        final List<Call> notCommitted = new ArrayList<>();
        Store store;

        @Override
        public void tagsChanged(long issueId, Set<String> tags) {
            Call call = new Call(issueId, Set.copyOf(tags));
            calls.add(call);
            Set<String> committed = new TreeSet<>();
            Thread reader = new Thread(() -> {
                for (IssueHashtagEntity row : store.find(IssueHashtagEntity.class,
                        Query.select().where("ISSUE_ID = ?", issueId))) {
                    committed.add(row.getTag());
                }
            });
            reader.start();
            try {
                reader.join(10_000);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            if (!committed.equals(new TreeSet<>(tags))) {
                notCommitted.add(call);
            }
        }

        List<Set<String>> callsFor(long issueId) {
            return calls.stream().filter(call -> call.issueId() == issueId).map(Call::tags).toList();
        }

        void assertEachCallSawCommittedTags() {
            assertThat(notCommitted).as("calls made with tags the database had not committed").isEmpty();
        }
    }
}
