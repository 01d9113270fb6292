package com.socialitsm.bench.ops;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import com.socialitsm.bench.host.SyntheticHost;
import com.socialitsm.bench.workload.IssueHistory;
import com.socialitsm.bench.workload.ServiceDesk;
import com.socialitsm.bench.workload.TrafficIssues;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.tag.HashtagExtractor;

/**
 * Live traffic on top of a loaded history, as a service desk produces it: new issues (a quarter), comments on recent
 * issues (a third), edits that add or drop a hashtag or change only words, assignments, resolutions, reopenings.
 * Deterministic from the request number; each run uses ids of its own ({@code runNumber}), so runs against a data
 * set that is reused never collide with each other's issues or change ids.
 *
 * <p>Each change is labelled with its kind and how many tags it adds and removes, the quantity the budget says
 * statements may grow with.
 */
public final class ChangeTraffic {
    private final ServiceDesk desk;
    private final SyntheticHost host;
    private final long runNumber;
    private final HashtagExtractor extractor = new HashtagExtractor();
    private final Map<Long, Live> live = new ConcurrentHashMap<>();
    private final List<Long> created = new ArrayList<>();
    private long at;

    /** An issue as this run knows it: the host's view plus the tags the app holds for it. */
    private record Live(IssueRef ref, Set<String> tags) {
    }

    /** One change and what it does to the issue's tags. */
    public record Change(IssueChange change, int tagsAdded, int tagsRemoved) {
        public String label() {
            return change.kind().name().toLowerCase(java.util.Locale.ROOT) + ", tags +" + tagsAdded + " -"
                    + tagsRemoved;
        }
    }

    public ChangeTraffic(ServiceDesk desk, SyntheticHost host, long runNumber, Instant start) {
        this.desk = desk;
        this.host = host;
        this.runNumber = runNumber;
        this.at = start.toEpochMilli();
    }

    /** The change of request {@code n}; the issue it touches is updated in the host before it is returned. */
    public synchronized Change next(int n) {
        SplittableRandom random = TrafficIssues.requestRandom(desk, runNumber, n);
        // The first two draws; TrafficIssues.recreate repeats them.
        at += 1 + random.nextInt(2_000);
        String changeId = "bench:" + runNumber + ":" + n;
        int roll = random.nextInt(100);
        if (roll < 25 || created.isEmpty()) {
            return create(random, changeId, n);
        }
        Live issue = live(pickRecent(random));
        IssueRef ref = issue.ref();
        String agent = ref.assignee().orElseGet(() -> desk.chooseAgent(desk.projectIndex(ref.projectId()), random));
        if (roll < 60) {
            String author = random.nextBoolean() ? agent : ref.reporter().orElse(agent);
            String tag = random.nextInt(10) == 0 ? desk.vocabulary().display(desk.chooseTagRank(random)) : null;
            String body = "Update from the desk: still looking into it." + (tag == null ? "" : " #" + tag);
            Set<String> commentTags = new LinkedHashSet<>(extractor.extractTags(body));
            commentTags.removeAll(issue.tags());
            issue.tags().addAll(commentTags);
            return new Change(IssueChange.of(changeId, ref, author, IssueChange.Kind.COMMENTED, Instant.ofEpochMilli(at))
                    .withComment(body), commentTags.size(), 0);
        }
        if (roll < 75) {
            return edit(random, issue, changeId, agent);
        }
        if (roll < 85) {
            String next = desk.chooseAgent(desk.projectIndex(ref.projectId()), random);
            IssueRef after = with(ref, ref.resolved(), Optional.of(next));
            return update(issue, after, IssueChange.of(changeId, after, agent, IssueChange.Kind.ASSIGNED,
                    Instant.ofEpochMilli(at)).withPreviousAssignee(ref.assignee().orElse(null)));
        }
        if (!ref.resolved() || roll < 97) {
            IssueRef after = with(ref, true, ref.assignee().isPresent() ? ref.assignee() : Optional.of(agent));
            return update(issue, after, IssueChange.of(changeId, after, agent, IssueChange.Kind.RESOLVED,
                    Instant.ofEpochMilli(at)));
        }
        IssueRef after = with(ref, false, ref.assignee());
        return update(issue, after, IssueChange.of(changeId, after, ref.reporter().orElse(agent),
                IssueChange.Kind.REOPENED, Instant.ofEpochMilli(at)));
    }

    private Change create(SplittableRandom random, String changeId, int n) {
        IssueRef ref = TrafficIssues.create(desk, runNumber, n, random);
        Set<String> tags = textTags(ref);
        live.put(ref.id(), new Live(ref, tags));
        created.add(ref.id());
        host.put(ref);
        return new Change(IssueChange.of(changeId, ref, ref.reporter().orElseThrow(), IssueChange.Kind.CREATED,
                Instant.ofEpochMilli(at)), tags.size(), 0);
    }

    /** An edit of the description: add a hashtag, drop one, or change only words. */
    private Change edit(SplittableRandom random, Live issue, String changeId, String actor) {
        IssueRef ref = issue.ref();
        String description = ref.description();
        int what = random.nextInt(3);
        if (what == 0) {
            description = description + "\n\nAlso affects #" + desk.vocabulary().display(desk.chooseTagRank(random));
        } else if (what == 1 && description.contains("#")) {
            description = description.replaceFirst("#(\\p{L}[\\p{L}\\p{N}_]*)", "$1");
        } else {
            description = description + "\n\nEdited: more details added.";
        }
        IssueRef after = new IssueRef(ref.id(), ref.key(), ref.projectId(), ref.projectKey(), ref.summary(),
                description, ref.status(), ref.resolved(), ref.assignee(), ref.reporter());
        Set<String> before = textTags(ref);
        Set<String> now = textTags(after);
        Set<String> added = new LinkedHashSet<>(now);
        added.removeAll(issue.tags());
        Set<String> removed = new LinkedHashSet<>(before);
        removed.removeAll(now);
        // Tags that came from comments stay; only text tags leave with the text.
        removed.removeIf(tag -> !issue.tags().contains(tag));
        Set<String> tags = new LinkedHashSet<>(issue.tags());
        tags.removeAll(removed);
        tags.addAll(now);
        live.put(ref.id(), new Live(after, tags));
        host.put(after);
        return new Change(IssueChange.of(changeId, after, actor, IssueChange.Kind.UPDATED, Instant.ofEpochMilli(at)),
                added.size(), removed.size());
    }

    private Change update(Live issue, IssueRef after, IssueChange change) {
        live.put(after.id(), new Live(after, issue.tags()));
        host.put(after);
        return new Change(change, 0, 0);
    }

    private static IssueRef with(IssueRef ref, boolean resolved, Optional<String> assignee) {
        return new IssueRef(ref.id(), ref.key(), ref.projectId(), ref.projectKey(), ref.summary(), ref.description(),
                resolved ? "Resolved" : "Open", resolved, assignee, ref.reporter());
    }

    /** Half the time an issue created in this run, else one of the newest tenth of the loaded history. */
    private long pickRecent(SplittableRandom random) {
        if (random.nextBoolean()) {
            return created.get(created.size() - 1 - random.nextInt(Math.min(created.size(), 200)));
        }
        int issues = desk.size().issues();
        return ServiceDesk.FIRST_ISSUE_ID + issues - 1 - random.nextInt(Math.max(1, issues / 10));
    }

    private Live live(long id) {
        return live.computeIfAbsent(id, key -> {
            IssueHistory history = IssueHistory.generate(desk, (int) (key - ServiceDesk.FIRST_ISSUE_ID));
            Set<String> tags = textTags(history.ref());
            history.events().forEach(e -> e.comment().ifPresent(c -> tags.addAll(extractor.extractTags(c))));
            return new Live(history.ref(), tags);
        });
    }

    private Set<String> textTags(IssueRef ref) {
        Set<String> tags = new LinkedHashSet<>(extractor.extractTags(ref.summary()));
        tags.addAll(extractor.extractTags(ref.description()));
        return tags;
    }
}
