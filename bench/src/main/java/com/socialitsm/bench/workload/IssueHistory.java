package com.socialitsm.bench.workload;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;

/**
 * Everything that happened to one generated issue, deterministic from the world's seed and the issue's index: its
 * texts and hashtags, the changes in order (created, assigned, commented, resolved, reopened), the votes, kudos and
 * an occasional community question. Generating issue 734,211 does not need issues 0..734,210, so a loader can stream
 * a million of them and a host can rebuild any one on demand.
 */
public record IssueHistory(
        int index,
        long id,
        String key,
        int project,
        long projectId,
        String projectKey,
        String summary,
        String description,
        String reporter,
        Optional<String> assignee,
        boolean resolved,
        List<String> intendedTags,
        List<Event> events,
        List<Vote> votes,
        List<Kudos> kudos,
        Optional<Question> question) {

    private static final long ISSUE_STREAM = 1;
    private static final double[] TAG_COUNT_SHARES = {0.08, 0.37, 0.30, 0.15, 0.07, 0.03};
    private static final long MINUTE = 60_000;

    /** One change of the issue; {@code comment} is set for COMMENTED, {@code assignee} after an ASSIGNED. */
    public record Event(IssueChange.Kind kind, String actor, long at, Optional<String> comment,
            Optional<String> assignee, Optional<String> previousAssignee) {
    }

    public record Vote(String voter, long at) {
    }

    public record Kudos(String giver, String receiver, long at, String message) {
    }

    public record Question(String author, String title, String body, long at, List<Answer> answers,
            int acceptedAnswer) {
    }

    public record Answer(String author, String body, long at, int score) {
    }

    public static IssueHistory generate(ServiceDesk desk, int index) {
        SplittableRandom random = desk.random(ISSUE_STREAM, index);
        long id = ServiceDesk.FIRST_ISSUE_ID + index;
        int project = desk.chooseProject(random);
        String projectKey = desk.projectKey(project);
        String reporter = random.nextInt(10) == 0 ? desk.chooseColleague(random) : desk.chooseCustomer(random);
        String assignee = desk.chooseAgent(project, random);

        List<Integer> ranks = tagRanks(desk, random, index);
        List<String> displays = ranks.stream().map(desk.vocabulary()::display).toList();
        int inSummary = displays.isEmpty() ? 0 : Math.min(displays.size(), random.nextInt(2));
        String summary = IssueTexts.summary(random, displays.subList(0, inSummary));
        String description = IssueTexts.description(random, displays.subList(inSummary, displays.size()));

        long end = ServiceDesk.HISTORY_END.toEpochMilli();
        long spacing = Math.max(1, (end - desk.historyStart().toEpochMilli()) / desk.size().issues());
        long at = desk.createdAt(index) + random.nextLong(spacing);
        List<Event> events = new ArrayList<>();
        events.add(new Event(IssueChange.Kind.CREATED, reporter, at, Optional.empty(), Optional.empty(),
                Optional.empty()));
        at += (5 + random.nextInt(115)) * MINUTE;
        String assigner = random.nextInt(10) < 7 ? assignee : desk.chooseAgent(project, random);
        events.add(new Event(IssueChange.Kind.ASSIGNED, assigner, at, Optional.empty(), Optional.of(assignee),
                Optional.empty()));
        at = comments(desk, random, project, reporter, assignee, ranks, at, events);
        boolean resolved = false;
        if (random.nextInt(100) < 85) {
            at += (10 + random.nextInt(2_000)) * MINUTE;
            String resolver = random.nextInt(10) == 0 ? desk.chooseAgent(project, random) : assignee;
            events.add(new Event(IssueChange.Kind.RESOLVED, resolver, at, Optional.empty(), Optional.empty(),
                    Optional.empty()));
            resolved = true;
            if (random.nextInt(100) < 8) {
                at += (60 + random.nextInt(5_000)) * MINUTE;
                events.add(new Event(IssueChange.Kind.REOPENED, reporter, at, Optional.empty(), Optional.empty(),
                        Optional.empty()));
                at += (5 + random.nextInt(600)) * MINUTE;
                events.add(new Event(IssueChange.Kind.COMMENTED, assignee, at,
                        Optional.of(IssueTexts.comment(random, null)), Optional.empty(), Optional.empty()));
                at += (10 + random.nextInt(2_000)) * MINUTE;
                events.add(new Event(IssueChange.Kind.RESOLVED, assignee, at, Optional.empty(), Optional.empty(),
                        Optional.empty()));
            }
        }
        // The newest issues are still in progress: what would happen after the end of history has not yet.
        List<Event> happened = events.stream().filter(e -> e.at() < end).toList();
        resolved = !happened.isEmpty() && happened.get(happened.size() - 1).kind() == IssueChange.Kind.RESOLVED;
        long created = happened.get(0).at();
        Optional<String> currentAssignee = happened.stream().filter(e -> e.kind() == IssueChange.Kind.ASSIGNED)
                .findFirst().flatMap(Event::assignee);

        List<Vote> votes = votes(desk, random, created, end);
        List<Kudos> kudos = new ArrayList<>();
        if (resolved && random.nextInt(100) < 12 && !reporter.equals(assignee)) {
            long kudosAt = Math.min(end - 1, happened.get(happened.size() - 1).at() + 30 * MINUTE);
            kudos.add(new Kudos(reporter, assignee, kudosAt, IssueTexts.kudosMessage(random)));
        }
        Optional<Question> question = random.nextInt(100) < 2
                ? Optional.of(question(desk, random, project, reporter, summary, created, end)) : Optional.empty();
        return new IssueHistory(index, id, projectKey + "-" + (index + 1), project, desk.projectId(project),
                projectKey, summary, description, reporter, currentAssignee, resolved,
                ranks.stream().map(desk.vocabulary()::tag).toList(), happened, votes, kudos, question);
    }

    private static List<Integer> tagRanks(ServiceDesk desk, SplittableRandom random, int index) {
        double u = random.nextDouble();
        int count = 0;
        double acc = TAG_COUNT_SHARES[0];
        while (u > acc && count < TAG_COUNT_SHARES.length - 1) {
            count++;
            acc += TAG_COUNT_SHARES[count];
        }
        Set<Integer> ranks = new LinkedHashSet<>();
        for (int attempt = 0; ranks.size() < count && attempt < count * 4; attempt++) {
            ranks.add(desk.chooseTagRank(random));
        }
        if (index % 5 == 0) {
            // Every fifth issue also carries one tail tag in turn, so that the whole vocabulary is in use.
            ranks.add((index / 5) % desk.size().tags());
        }
        return List.copyOf(ranks);
    }

    private static long comments(ServiceDesk desk, SplittableRandom random, int project, String reporter,
            String assignee, List<Integer> ranks, long at, List<Event> events) {
        int roll = random.nextInt(100);
        int count = roll < 35 ? 0 : roll < 70 ? 1 : roll < 85 ? 2 : roll < 93 ? 3 : 4 + random.nextInt(4);
        for (int c = 0; c < count; c++) {
            at += (1 + random.nextInt(600)) * MINUTE;
            String author = c % 2 == 0 ? assignee : reporter;
            if (random.nextInt(100) < 15) {
                author = desk.chooseAgent(project, random);
            }
            String tag = null;
            if (random.nextInt(100) < 10) {
                tag = !ranks.isEmpty() && random.nextBoolean()
                        ? desk.vocabulary().display(ranks.get(random.nextInt(ranks.size())))
                        : desk.vocabulary().display(desk.chooseTagRank(random));
            }
            events.add(new Event(IssueChange.Kind.COMMENTED, author, at,
                    Optional.of(IssueTexts.comment(random, tag)), Optional.empty(), Optional.empty()));
        }
        return at;
    }

    /** Most issues get no vote; the rest a heavy tail (Pareto 1.3): a few outages collect hundreds or more. */
    private static List<Vote> votes(ServiceDesk desk, SplittableRandom random, long created, long end) {
        if (random.nextInt(100) < 85) {
            return List.of();
        }
        int wanted = (int) Math.min(2_000, Math.floor(1.5 / Math.pow(1.0 - random.nextDouble(), 1 / 1.3)));
        Set<String> voters = new LinkedHashSet<>();
        for (int attempt = 0; voters.size() < wanted && attempt < wanted * 3; attempt++) {
            voters.add(desk.chooseCustomer(random));
        }
        List<Vote> votes = new ArrayList<>(voters.size());
        long window = Math.max(1, Math.min(end - created, 14L * 24 * 60 * MINUTE));
        for (String voter : voters) {
            votes.add(new Vote(voter, created + random.nextLong(window)));
        }
        return votes;
    }

    private static Question question(ServiceDesk desk, SplittableRandom random, int project, String author,
            String summary, long created, long end) {
        long at = Math.min(end - 1, created + random.nextInt(600) * MINUTE);
        int count = random.nextInt(4);
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long answerAt = Math.min(end - 1, at + (i + 1) * (30 + random.nextInt(600)) * MINUTE);
            answers.add(new Answer(desk.chooseAgent(project, random), "Try this: " + IssueTexts.comment(random, null),
                    answerAt, random.nextInt(6)));
        }
        int accepted = answers.isEmpty() || random.nextBoolean() ? -1 : random.nextInt(answers.size());
        return new Question(author, "How do I fix: " + summary.replaceAll(" #\\S+", ""),
                "We keep seeing this. " + IssueTexts.comment(random, null), at, answers, accepted);
    }

    /** The issue as the host shows it after its whole history. */
    public IssueRef ref() {
        return new IssueRef(id, key, projectId, projectKey, summary, description, resolved ? "Resolved" : "Open",
                resolved, assignee, Optional.of(reporter));
    }

    /** The issue as it was right after one of its events (texts never change in a generated history). */
    public IssueRef refAfter(int eventIndex) {
        Optional<String> assigneeThen = Optional.empty();
        boolean resolvedThen = false;
        for (int i = 0; i <= eventIndex; i++) {
            Event event = events.get(i);
            switch (event.kind()) {
                case ASSIGNED -> assigneeThen = event.assignee();
                case RESOLVED -> resolvedThen = true;
                case REOPENED -> resolvedThen = false;
                default -> { }
            }
        }
        return new IssueRef(id, key, projectId, projectKey, summary, description,
                resolvedThen ? "Resolved" : "Open", resolvedThen, assigneeThen, Optional.of(reporter));
    }
}
