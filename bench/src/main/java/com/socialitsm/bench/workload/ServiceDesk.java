package com.socialitsm.bench.workload;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The generated world a history happens in, deterministic from (size, seed): projects, agents and customers, the
 * hashtag vocabulary, and who is likely to do what. Skewed as real service desks are: a few projects get most
 * issues, a few agents per project take most of them (Zipf 1.1), a few customers report a lot (Zipf 0.9), and a few
 * hashtags carry most traffic with a long tail (Zipf 1.0 over the whole vocabulary).
 *
 * <p>Every tenth project is restricted: only its own agents may browse it. Ids follow Jira's habits: projects from
 * 10,000, issues from 10,000, user keys {@code JIRAUSER10000} up (agents first, then customers).
 */
public final class ServiceDesk {
    public static final long FIRST_PROJECT_ID = 10_000;
    public static final long FIRST_ISSUE_ID = 10_000;
    private static final int FIRST_USER_NUMBER = 10_000;
    /** The history ends here, so that a data set is the same whenever it is generated. */
    public static final Instant HISTORY_END = Instant.parse("2025-06-26T12:00:00Z");

    private final WorkloadSize size;
    private final long seed;
    private final Zipf projectChoice;
    private final List<Zipf> agentChoice = new ArrayList<>();
    private final Zipf customerChoice;
    private final Zipf tagChoice;
    private final Zipf colleagueChoice;
    private final TagVocabulary vocabulary;

    public ServiceDesk(WorkloadSize size, long seed) {
        this.size = size;
        this.seed = seed;
        this.projectChoice = new Zipf(size.projects(), 0.8);
        for (int p = 0; p < size.projects(); p++) {
            agentChoice.add(new Zipf(agentsOfProject(p).size(), 1.1));
        }
        this.customerChoice = new Zipf(size.customers(), 0.9);
        this.tagChoice = new Zipf(size.tags(), 1.0);
        this.colleagueChoice = new Zipf(size.agents(), 1.1);
        this.vocabulary = new TagVocabulary(size.tags());
    }

    public WorkloadSize size() {
        return size;
    }

    public long seed() {
        return seed;
    }

    /** A random source for one thing of the world (an issue, a user), the same each time it is asked for. */
    public SplittableRandom random(long stream, long index) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + stream * 0xC2B2AE3D27D4EB4FL + index));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ---- time ----------------------------------------------------------------------------------------------

    public Instant historyStart() {
        return HISTORY_END.minus(Duration.ofDays(size.historyDays()));
    }

    /** When the issue with this index was created: evenly over the history. */
    public long createdAt(int issueIndex) {
        long span = HISTORY_END.toEpochMilli() - historyStart().toEpochMilli();
        return historyStart().toEpochMilli() + span * issueIndex / size.issues();
    }

    // ---- projects ------------------------------------------------------------------------------------------

    public long projectId(int project) {
        return FIRST_PROJECT_ID + project;
    }

    public int projectIndex(long projectId) {
        return (int) (projectId - FIRST_PROJECT_ID);
    }

    public String projectKey(int project) {
        StringBuilder key = new StringBuilder();
        int n = project;
        do {
            key.append((char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return "S" + key;
    }

    public boolean restricted(int project) {
        return project % 10 == 9;
    }

    public int chooseProject(SplittableRandom random) {
        return projectChoice.next(random);
    }

    // ---- people --------------------------------------------------------------------------------------------

    public String userKey(int user) {
        return "JIRAUSER" + (FIRST_USER_NUMBER + user);
    }

    /** The user number of a key this world made, or -1. */
    public int userNumber(String userKey) {
        if (!userKey.startsWith("JIRAUSER")) {
            return -1;
        }
        try {
            int n = Integer.parseInt(userKey.substring(8)) - FIRST_USER_NUMBER;
            return n >= 0 && n < size.users() + size.heavyUsers() ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public boolean isAgent(int user) {
        return user < size.agents();
    }

    public String agent(int agent) {
        return userKey(agent);
    }

    public String customer(int customer) {
        return userKey(size.agents() + customer);
    }

    /**
     * A heavy user: a team lead who takes part in no issue but follows 500 issues, 50 hashtags and 50 people (the
     * feed budget's user). Numbered after the customers.
     */
    public String heavyUser(int heavy) {
        return userKey(size.users() + heavy);
    }

    public boolean isHeavy(int user) {
        return user >= size.users();
    }

    /** The agents who work a project: agent numbers congruent to it. */
    public List<Integer> agentsOfProject(int project) {
        List<Integer> agents = new ArrayList<>();
        for (int a = project % size.projects(); a < size.agents(); a += size.projects()) {
            agents.add(a);
        }
        if (agents.isEmpty()) {
            agents.add(project % size.agents());
        }
        return agents;
    }

    /** The project an agent works in. */
    public int projectOfAgent(int agent) {
        return agent % size.projects();
    }

    /** An agent of the project, the busiest most often. */
    public String chooseAgent(int project, SplittableRandom random) {
        List<Integer> agents = agentsOfProject(project);
        return agent(agents.get(agentChoice.get(project).next(random)));
    }

    /** Any agent, the busiest most often (for people to follow, kudos from other teams). */
    public String chooseColleague(SplittableRandom random) {
        return agent(colleagueChoice.next(random));
    }

    public String chooseCustomer(SplittableRandom random) {
        return customer(customerChoice.next(random));
    }

    public String displayName(String userKey) {
        int n = userNumber(userKey);
        if (n < 0) {
            return userKey;
        }
        if (isHeavy(n)) {
            return "Lead " + (n - size.users());
        }
        return isAgent(n) ? "Agent " + n : "Customer " + (n - size.agents());
    }

    /** Whether the user may browse the project: restricted projects are for their own agents only. */
    public boolean canBrowse(String userKey, int project) {
        if (!restricted(project)) {
            return true;
        }
        int n = userNumber(userKey);
        return n >= 0 && isAgent(n) && projectOfAgent(n) == project;
    }

    // ---- hashtags ------------------------------------------------------------------------------------------

    public TagVocabulary vocabulary() {
        return vocabulary;
    }

    /** A tag rank, the popular ones most often. */
    public int chooseTagRank(SplittableRandom random) {
        return tagChoice.next(random);
    }

    public double tagShare(int rank) {
        return tagChoice.probability(rank);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (seed %d)", size.name(), seed);
    }
}
