package com.socialitsm.bench.spike;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import com.socialitsm.hashtag.SpikeRule;

/**
 * Replays the ServiceNow incident log ({@code servicenow-incident-event-log.csv.gz}, read from the shared data
 * directory, never copied) in order of opening time, each incident tagged with its category, subcategory, symptom,
 * configuration item and location, through the alert job's decision: every {@link #CHECK_EVERY} the job looks at the
 * last {@code hours}, counts each tag, predicts its count from the tag's taggings on the
 * {@link #BASELINE_DAYS} whole UTC days before the window ({@link SpikeRule#expected}), asks {@link SpikeRule#fires}
 * and keeps a fired (tag) quiet for the cooldown — what {@code SpikeAlerts.check} does, without the database.
 *
 * <p>An alert <i>matches</i> a problem when at least {@link #MATCH_MIN} of the incidents it counted were later tied
 * to that problem. For each problem with at least {@link #CLUSTER_MIN} incidents it reports the first matching alert:
 * when, how many of the problem's incidents were opened before and after it, and the lead time (from the alert to
 * the problem's last incident). Alerts that match no problem are counted per week; alerts in the first
 * {@link #BASELINE_DAYS} days (no full baseline yet, as right after installing without "tag existing issues") are
 * counted apart.
 */
public final class SpikeReplay {
    public static final String FILE_NAME = "servicenow-incident-event-log.csv.gz";
    static final int BASELINE_DAYS = 28;
    static final Duration CHECK_EVERY = Duration.ofMinutes(5);
    static final int MATCH_MIN = 2;
    static final int CLUSTER_MIN = 5;
    private static final long DAY = 86_400_000L;
    private static final DateTimeFormatter OPENED = DateTimeFormatter.ofPattern("d/M/yyyy H:mm", Locale.ROOT);

    /** One incident: when it was opened, its tags, its problem (empty: none). */
    record Incident(String number, Instant opened, List<String> tags, String problem) {
    }

    /** The knobs of one run. */
    public record Config(int hours, double threshold, int minCount, int cooldownHours) {
    }

    /** One fired alert and the incidents it counted. */
    record Alert(String tag, Instant at, int count, double expected, List<Incident> counted) {
    }

    /** What one problem cluster saw. */
    record ClusterResult(String problem, int incidents, Instant first, Instant last, Optional<Alert> alert,
                         int before, int after) {
    }

    /** One run's figures. */
    record Result(Config config, List<Alert> alerts, List<ClusterResult> clusters, int warmupAlerts,
                  Map<Long, Integer> unmatchedPerWeek, int unmatched, double weeks) {
        int detected() {
            return (int) clusters.stream().filter(c -> c.alert().isPresent()).count();
        }

        double unmatchedPerWeekMean() {
            return unmatched / weeks;
        }
    }

    private SpikeReplay() {
    }

    public static Path file(Path dataDirectory) {
        return dataDirectory.resolve(FILE_NAME);
    }

    /** The incidents of the log, each once (its first event's fields, its problem from any event), by opening time. */
    static List<Incident> read(Path file) throws IOException {
        Map<String, String[]> first = new LinkedHashMap<>();
        Map<String, String> problems = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            String[] header = in.readLine().split(",", -1);
            Map<String, Integer> column = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                column.put(header[i], i);
            }
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f.length != header.length) {
                    continue;
                }
                String number = f[column.get("number")];
                first.putIfAbsent(number, f);
                String problem = f[column.get("problem_id")];
                if (!problem.equals("?")) {
                    problems.put(number, problem.replaceAll("\\s+", " "));
                }
            }
            List<Incident> incidents = new ArrayList<>();
            for (Map.Entry<String, String[]> entry : first.entrySet()) {
                String[] f = entry.getValue();
                List<String> tags = new ArrayList<>();
                tag(tags, "category", f[column.get("category")]);
                tag(tags, "subcategory", f[column.get("subcategory")]);
                tag(tags, "symptom", f[column.get("u_symptom")]);
                tag(tags, "ci", f[column.get("cmdb_ci")]);
                tag(tags, "location", f[column.get("location")]);
                Instant opened = LocalDateTime.parse(f[column.get("opened_at")], OPENED).toInstant(ZoneOffset.UTC);
                incidents.add(new Incident(entry.getKey(), opened, tags, problems.getOrDefault(entry.getKey(), "")));
            }
            incidents.sort(Comparator.comparing(Incident::opened).thenComparing(Incident::number));
            return incidents;
        }
    }

    /** "Category 53" → #category_53: a tag of the hashtag grammar. */
    private static void tag(List<String> tags, String field, String value) {
        if (!value.equals("?") && !value.isBlank()) {
            tags.add(field + "_" + value.replaceAll("\\D+", ""));
        }
    }

    static Result run(List<Incident> incidents, Config config) {
        SpikeRule rule = new SpikeRule(config.threshold(), config.minCount());
        Duration window = Duration.ofHours(config.hours());
        Instant start = incidents.get(0).opened();
        Instant end = incidents.get(incidents.size() - 1).opened();
        Map<String, TreeMap<Long, Integer>> perDay = new HashMap<>();
        Map<String, Deque<Incident>> inWindow = new HashMap<>();
        Map<String, Instant> lastAlert = new HashMap<>();
        List<Alert> alerts = new ArrayList<>();
        int next = 0;
        for (Instant now = start; !now.isAfter(end.plus(CHECK_EVERY)); now = now.plus(CHECK_EVERY)) {
            while (next < incidents.size() && !incidents.get(next).opened().isAfter(now)) {
                Incident incident = incidents.get(next++);
                long day = Math.floorDiv(incident.opened().toEpochMilli(), DAY);
                for (String tag : incident.tags()) {
                    perDay.computeIfAbsent(tag, t -> new TreeMap<>()).merge(day, 1, Integer::sum);
                    inWindow.computeIfAbsent(tag, t -> new ArrayDeque<>()).addLast(incident);
                }
            }
            Instant windowStart = now.minus(window);
            long baselineEnd = Math.floorDiv(windowStart.toEpochMilli(), DAY);
            for (Map.Entry<String, Deque<Incident>> entry : inWindow.entrySet()) {
                Deque<Incident> recent = entry.getValue();
                while (!recent.isEmpty() && !recent.peekFirst().opened().isAfter(windowStart)) {
                    recent.removeFirst();
                }
                if (recent.size() < config.minCount()) {
                    continue;
                }
                String tag = entry.getKey();
                int baseline = perDay.get(tag).subMap(baselineEnd - BASELINE_DAYS, baselineEnd).values().stream()
                        .mapToInt(Integer::intValue).sum();
                double expected = SpikeRule.expected(baseline, BASELINE_DAYS, config.hours());
                Instant last = lastAlert.get(tag);
                boolean quiet = last != null && last.isAfter(now.minus(Duration.ofHours(config.cooldownHours())));
                if (!quiet && rule.fires(recent.size(), expected)) {
                    lastAlert.put(tag, now);
                    alerts.add(new Alert(tag, now, recent.size(), expected, List.copyOf(recent)));
                }
            }
        }
        return evaluate(config, incidents, alerts, start, end);
    }

    private static Result evaluate(Config config, List<Incident> incidents, List<Alert> alerts, Instant start,
                                   Instant end) {
        Map<String, List<Incident>> byProblem = incidents.stream().filter(i -> !i.problem().isEmpty())
                .collect(Collectors.groupingBy(Incident::problem, TreeMap::new, Collectors.toList()));
        List<ClusterResult> clusters = new ArrayList<>();
        for (Map.Entry<String, List<Incident>> problem : byProblem.entrySet()) {
            List<Incident> members = problem.getValue();
            if (members.size() < CLUSTER_MIN) {
                continue;
            }
            Optional<Alert> alert = alerts.stream().filter(a -> matches(a, problem.getKey())).findFirst();
            int before = alert.map(a -> (int) members.stream().filter(i -> !i.opened().isAfter(a.at())).count())
                    .orElse(0);
            clusters.add(new ClusterResult(problem.getKey(), members.size(), members.get(0).opened(),
                    members.get(members.size() - 1).opened(), alert, before, alert.isPresent()
                    ? members.size() - before : 0));
        }
        clusters.sort(Comparator.comparingInt(ClusterResult::incidents).reversed());
        Instant warmupEnd = start.plus(Duration.ofDays(BASELINE_DAYS));
        Map<Long, Integer> unmatchedPerWeek = new TreeMap<>();
        int unmatched = 0;
        int warmup = 0;
        for (Alert alert : alerts) {
            if (alert.at().isBefore(warmupEnd)) {
                warmup++;
                continue;
            }
            boolean matched = alert.counted().stream().collect(Collectors.groupingBy(Incident::problem,
                    Collectors.counting())).entrySet().stream()
                    .anyMatch(e -> !e.getKey().isEmpty() && e.getValue() >= MATCH_MIN);
            if (!matched) {
                unmatched++;
                unmatchedPerWeek.merge(Duration.between(warmupEnd, alert.at()).toDays() / 7, 1, Integer::sum);
            }
        }
        double weeks = Math.max(1, Duration.between(warmupEnd, end).toHours()) / (7 * 24.0);
        return new Result(config, alerts, clusters, warmup, unmatchedPerWeek, unmatched, weeks);
    }

    private static boolean matches(Alert alert, String problem) {
        return alert.counted().stream().filter(i -> i.problem().equals(problem)).count() >= MATCH_MIN;
    }

    /** The grid the defaults were tuned on, then the chosen configuration in detail, as Markdown. */
    public static String report(Path dataDirectory, Config chosen) throws IOException {
        List<Incident> incidents = read(file(dataDirectory));
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Incidents: %,d, %s to %s; problem clusters (>= %d incidents): %d%n%n",
                incidents.size(), incidents.get(0).opened(), incidents.get(incidents.size() - 1).opened(),
                CLUSTER_MIN, run(incidents, chosen).clusters().size()));
        md.append("| hours | threshold | min count | clusters alerted | alerts (after warm-up) | unmatched / week |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (int hours : new int[] {1, 2, 4, 8}) {
            for (double threshold : new double[] {3, 4, 5, 6, 8}) {
                for (int minCount : new int[] {3, 5, 8}) {
                    Result r = run(incidents, new Config(hours, threshold, minCount, chosen.cooldownHours()));
                    md.append(String.format(Locale.ROOT, "| %d | %.0f | %d | %d / %d | %d | %.1f |%n", hours,
                            threshold, minCount, r.detected(), r.clusters().size(),
                            r.alerts().size() - r.warmupAlerts(), r.unmatchedPerWeekMean()));
                }
            }
        }
        Result r = run(incidents, chosen);
        md.append(String.format(Locale.ROOT, "%nChosen: %d h window, z >= %.1f, at least %d issues, cooldown %d h: "
                        + "%d alerts (%d in the %d-day warm-up), %d unmatched after it (%.1f a week)%n%n",
                chosen.hours(), chosen.threshold(), chosen.minCount(), chosen.cooldownHours(), r.alerts().size(),
                r.warmupAlerts(), BASELINE_DAYS, r.unmatched(), r.unmatchedPerWeekMean()));
        md.append("| problem | incidents | first incident | last incident | first matching alert | tag | count / "
                + "expected | incidents before / after | alert after first | lead time to last |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (ClusterResult c : r.clusters()) {
            if (c.alert().isEmpty()) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | none | | | | | |%n", c.problem(),
                        c.incidents(), c.first(), c.last()));
                continue;
            }
            Alert a = c.alert().get();
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | #%s | %d / %.1f | %d / %d | %s | %s |%n",
                    c.problem(), c.incidents(), c.first(), c.last(), a.at(), a.tag(), a.count(), a.expected(),
                    c.before(), c.after(), hm(Duration.between(c.first(), a.at())), hm(Duration.between(a.at(),
                            c.last()))));
        }
        md.append("\nUnmatched alerts per week after the warm-up (week: count): ").append(r.unmatchedPerWeek()
                .entrySet().stream().map(e -> (e.getKey() + 1) + ": " + e.getValue()).collect(Collectors.joining(", ")))
                .append('\n');
        return md.toString();
    }

    private static String hm(Duration d) {
        String sign = d.isNegative() ? "-" : "";
        d = d.abs();
        return d.toDays() > 0 ? String.format(Locale.ROOT, "%s%dd %dh", sign, d.toDays(), d.toHoursPart())
                : String.format(Locale.ROOT, "%s%dh %02dm", sign, d.toHours(), d.toMinutesPart());
    }

    /** {@code SpikeReplay <shared data dir> [hours threshold minCount cooldownHours]} */
    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Config config = args.length >= 5 ? new Config(Integer.parseInt(args[1]), Double.parseDouble(args[2]),
                Integer.parseInt(args[3]), Integer.parseInt(args[4])) : new Config(4, 8.0, 5, 24);
        System.out.println(report(data, config));
    }
}
