package com.socialitsm.kudos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The points rules an admin tunes. A rule with 0 points is switched off: it writes nothing to the ledger. Stored as
 * one SETTING row of {@code name=value} lines; a missing or unreadable value falls back to its default, so rules
 * added in later versions need no migration.
 *
 * @param resolvedPoints        for the assignee when an issue is resolved
 * @param firstTagBonusPoints   per hashtag on the resolved issue that the assignee has never resolved before
 * @param firstTagBonusMaxTags  at most this many tags of one resolution earn the bonus (the others count as
 *                              explored without points), so tagging an issue with twenty tags is not a jackpot
 * @param establishedTagMinIssues  a tag earns the first-tag bonus only once it is established: on at least this many
 *                              issues, tagged by at least two different people (0 = any tag counts). Whatever this
 *                              says, tags the resolver put on the issue themselves never earn it, so nobody
 *                              earns points for tags they invent
 * @param firstResponsePoints   for the first comment on an issue by someone other than its reporter
 * @param answerAcceptedPoints  for the author of an accepted answer (not when accepting one's own answer)
 * @param answerUpvotedPoints   for the author of an answer, per other user's upvote
 * @param peerKudosPoints       what the 1st, 2nd, 3rd... kudos from one person to the same person within
 *                              {@code peerKudosRepeatDays} are worth; the last value holds for every further one
 * @param peerKudosDailyCap     how many kudos one person may give per UTC day
 * @param peerKudosRepeatDays   the window in which repeated kudos between the same two people are worth less
 * @param selfReportedEarns     whether resolving an issue one reported oneself earns points (off: raising and
 *                              closing your own tickets is the easiest way to farm points)
 * @param privacyMode           individual points are visible only to their owner (and admins); the leaderboard
 *                              shows each viewer only their own neighbourhood, without the others' points
 */
public record KudosRules(
        int resolvedPoints,
        int firstTagBonusPoints,
        int firstTagBonusMaxTags,
        int establishedTagMinIssues,
        int firstResponsePoints,
        int answerAcceptedPoints,
        int answerUpvotedPoints,
        List<Integer> peerKudosPoints,
        int peerKudosDailyCap,
        int peerKudosRepeatDays,
        boolean selfReportedEarns,
        boolean privacyMode) {

    static final int MAX_POINTS = 1000;
    static final int MAX_TAGS = 20;
    static final int MAX_ESTABLISHED_ISSUES = 10_000;

    public KudosRules {
        Objects.requireNonNull(peerKudosPoints, "peerKudosPoints");
        peerKudosPoints = List.copyOf(peerKudosPoints);
        within("resolvedPoints", resolvedPoints, MAX_POINTS);
        within("firstTagBonusPoints", firstTagBonusPoints, MAX_POINTS);
        within("firstTagBonusMaxTags", firstTagBonusMaxTags, MAX_TAGS);
        within("establishedTagMinIssues", establishedTagMinIssues, MAX_ESTABLISHED_ISSUES);
        within("firstResponsePoints", firstResponsePoints, MAX_POINTS);
        within("answerAcceptedPoints", answerAcceptedPoints, MAX_POINTS);
        within("answerUpvotedPoints", answerUpvotedPoints, MAX_POINTS);
        within("peerKudosDailyCap", peerKudosDailyCap, 1000);
        within("peerKudosRepeatDays", peerKudosRepeatDays, 365);
        if (peerKudosPoints.isEmpty() || peerKudosPoints.size() > 10) {
            throw new IllegalArgumentException("peerKudosPoints must have 1 to 10 values");
        }
        for (Integer points : peerKudosPoints) {
            within("peerKudosPoints", Objects.requireNonNull(points, "peerKudosPoints value"), MAX_POINTS);
        }
    }

    /** The defaults of a new installation. */
    public static KudosRules defaults() {
        return new KudosRules(10, 15, 3, 3, 2, 15, 5, List.of(5, 3, 1, 0), 10, 7, false, false);
    }

    /** What the {@code repeat}-th earlier kudos (0 = none before) between the same two people makes this one worth. */
    public int peerKudosPointsAfter(int repeats) {
        return peerKudosPoints.get(Math.min(Math.max(repeats, 0), peerKudosPoints.size() - 1));
    }

    public KudosRules withPrivacyMode(boolean on) {
        return new KudosRules(resolvedPoints, firstTagBonusPoints, firstTagBonusMaxTags, establishedTagMinIssues,
                firstResponsePoints, answerAcceptedPoints, answerUpvotedPoints, peerKudosPoints, peerKudosDailyCap,
                peerKudosRepeatDays, selfReportedEarns, on);
    }

    public KudosRules withEstablishedTagMinIssues(int issues) {
        return new KudosRules(resolvedPoints, firstTagBonusPoints, firstTagBonusMaxTags, issues,
                firstResponsePoints, answerAcceptedPoints, answerUpvotedPoints, peerKudosPoints, peerKudosDailyCap,
                peerKudosRepeatDays, selfReportedEarns, privacyMode);
    }

    /** The stored form: one {@code name=value} line per rule. */
    String format() {
        StringBuilder text = new StringBuilder();
        asMap().forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        return text.toString();
    }

    private Map<String, String> asMap() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("resolvedPoints", Integer.toString(resolvedPoints));
        values.put("firstTagBonusPoints", Integer.toString(firstTagBonusPoints));
        values.put("firstTagBonusMaxTags", Integer.toString(firstTagBonusMaxTags));
        values.put("establishedTagMinIssues", Integer.toString(establishedTagMinIssues));
        values.put("firstResponsePoints", Integer.toString(firstResponsePoints));
        values.put("answerAcceptedPoints", Integer.toString(answerAcceptedPoints));
        values.put("answerUpvotedPoints", Integer.toString(answerUpvotedPoints));
        values.put("peerKudosPoints", String.join(",", peerKudosPoints.stream().map(String::valueOf).toList()));
        values.put("peerKudosDailyCap", Integer.toString(peerKudosDailyCap));
        values.put("peerKudosRepeatDays", Integer.toString(peerKudosRepeatDays));
        values.put("selfReportedEarns", Boolean.toString(selfReportedEarns));
        values.put("privacyMode", Boolean.toString(privacyMode));
        return values;
    }

    /** Reads the stored form; anything missing or unreadable keeps its default. */
    static KudosRules parse(String text) {
        KudosRules d = defaults();
        if (text == null || text.isBlank()) {
            return d;
        }
        Map<String, String> values = RuleText.values(text);
        try {
            return new KudosRules(
                    number(values, "resolvedPoints", d.resolvedPoints, MAX_POINTS),
                    number(values, "firstTagBonusPoints", d.firstTagBonusPoints, MAX_POINTS),
                    number(values, "firstTagBonusMaxTags", d.firstTagBonusMaxTags, MAX_TAGS),
                    number(values, "establishedTagMinIssues", d.establishedTagMinIssues, MAX_ESTABLISHED_ISSUES),
                    number(values, "firstResponsePoints", d.firstResponsePoints, MAX_POINTS),
                    number(values, "answerAcceptedPoints", d.answerAcceptedPoints, MAX_POINTS),
                    number(values, "answerUpvotedPoints", d.answerUpvotedPoints, MAX_POINTS),
                    numbers(values, "peerKudosPoints", d.peerKudosPoints),
                    number(values, "peerKudosDailyCap", d.peerKudosDailyCap, 1000),
                    number(values, "peerKudosRepeatDays", d.peerKudosRepeatDays, 365),
                    flag(values, "selfReportedEarns", d.selfReportedEarns),
                    flag(values, "privacyMode", d.privacyMode));
        } catch (IllegalArgumentException e) {
            return d;
        }
    }

    private static int number(Map<String, String> values, String name, int fallback, int max) {
        try {
            int value = Integer.parseInt(values.getOrDefault(name, ""));
            return value < 0 || value > max ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static List<Integer> numbers(Map<String, String> values, String name, List<Integer> fallback) {
        String text = values.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        List<Integer> result = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                int value = Integer.parseInt(part.trim());
                if (value < 0 || value > MAX_POINTS) {
                    return fallback;
                }
                result.add(value);
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return result.isEmpty() || result.size() > 10 ? fallback : result;
    }

    private static boolean flag(Map<String, String> values, String name, boolean fallback) {
        String text = values.get(name);
        return text == null ? fallback : Boolean.parseBoolean(text);
    }

    private static void within(String name, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " must be between 0 and " + max);
        }
    }
}
