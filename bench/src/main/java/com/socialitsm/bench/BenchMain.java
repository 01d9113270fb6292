package com.socialitsm.bench;

import java.util.Locale;

import com.socialitsm.bench.load.BenchDatabase;
import com.socialitsm.bench.workload.WorkloadSize;

/** The command line of the benchmark jar; {@code bench/run} calls it. */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        switch (options.command()) {
            case "load" -> {
                try (BenchContext context = BenchContext.open(options.database(), options.size(), options.seed(),
                        System.out::println)) {
                    System.out.println("rows: " + context.load().rows());
                    System.out.printf(Locale.ROOT, "load: %.1f s (reused: %s)%n", context.load().seconds(),
                            context.load().reused());
                }
            }
            default -> {
                System.err.println("Unknown command: " + options.command());
                System.exit(2);
            }
        }
    }

    /** Command and options: {@code <command> [--size small|medium|large] [--seed N] [--db jdbc:postgresql://host:port/]}. */
    record BenchOptions(String command, WorkloadSize size, long seed, BenchDatabase database,
            java.util.Map<String, String> extra) {
        static BenchOptions parse(String[] args) {
            String command = args.length == 0 ? "quick" : args[0];
            WorkloadSize size = WorkloadSize.SMALL;
            long seed = 42;
            BenchDatabase database = BenchDatabase.LOCAL;
            java.util.Map<String, String> extra = new java.util.LinkedHashMap<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (arg) {
                    case "--size" -> { size = WorkloadSize.byName(value); i++; }
                    case "--seed" -> { seed = Long.parseLong(value); i++; }
                    case "--db" -> {
                        database = new BenchDatabase(value, database.database(), database.user(), database.password());
                        i++;
                    }
                    default -> {
                        if (arg.startsWith("--") && !value.startsWith("--") && !value.isEmpty()) {
                            extra.put(arg.substring(2), value);
                            i++;
                        } else if (arg.startsWith("--")) {
                            extra.put(arg.substring(2), "true");
                        }
                    }
                }
            }
            return new BenchOptions(command, size, seed, database, extra);
        }
    }
}
