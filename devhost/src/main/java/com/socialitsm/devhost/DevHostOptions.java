package com.socialitsm.devhost;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import com.socialitsm.store.standalone.DatabaseConfig;

/**
 * How to run the devhost: where to listen, which database, whether to seed demo data. {@link #parse} reads the
 * command line; tests build one directly.
 *
 * @param bindAddress the address to listen on (default 127.0.0.1: the demo users' passwords are their names)
 * @param port        the port, 0 for any free one
 * @param database    H2 in {@code --data-dir} unless {@code --db} names another database
 * @param demoData    seed the demo issues on a fresh database (users and projects are always set up)
 * @param seedOnly    set up and seed the database, then exit without serving
 * @param bodyTimeout how long a request's body may take to arrive before it is answered 408
 * @param seedHistory issues to write straight into the tracker at start, as if they predated the app (0: none)
 */
public record DevHostOptions(String bindAddress, int port, DatabaseConfig database, boolean demoData, boolean seedOnly,
                             Duration bodyTimeout, int seedHistory) {
    /** The most {@code --seed-history} writes in one start. */
    public static final int MAX_SEED_HISTORY = 1_000_000;
    public static final int DEFAULT_PORT = 2990;
    /** As Tomcat's connectionTimeout (Jira's server.xml): 20 s. */
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(20);
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final Path DEFAULT_DATA_DIR = Path.of("devhost-data");

    public DevHostOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(bodyTimeout, "bodyTimeout");
        if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
            throw new IllegalArgumentException("--body-timeout must be positive");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535");
        }
        if (seedHistory < 0 || seedHistory > MAX_SEED_HISTORY) {
            throw new IllegalArgumentException("--seed-history must be between 0 and " + MAX_SEED_HISTORY);
        }
    }

    public DevHostOptions(String bindAddress, int port, DatabaseConfig database, boolean demoData, boolean seedOnly,
                          Duration bodyTimeout) {
        this(bindAddress, port, database, demoData, seedOnly, bodyTimeout, 0);
    }

    public DevHostOptions(String bindAddress, int port, DatabaseConfig database, boolean demoData, boolean seedOnly) {
        this(bindAddress, port, database, demoData, seedOnly, DEFAULT_BODY_TIMEOUT);
    }

    /** Thrown for a command line that cannot be run; the message says why. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    /** What the command line asks for: to run with these options, or only for the help text. */
    public record Command(boolean help, DevHostOptions options) {
    }

    public static Command parse(String... args) {
        String bind = DEFAULT_BIND;
        int port = DEFAULT_PORT;
        Path dataDir = DEFAULT_DATA_DIR;
        String dbUrl = null;
        String dbUser = null;
        String dbPassword = null;
        boolean demo = true;
        boolean seedOnly = false;
        Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;
        int seedHistory = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                inlineValue = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "-h", "--help" -> {
                    return new Command(true, null);
                }
                case "--no-demo" -> demo = false;
                case "--seed-only" -> seedOnly = true;
                case "--port" -> port = parsePort(inlineValue != null ? inlineValue : value(args, ++i, arg));
                case "--bind" -> bind = inlineValue != null ? inlineValue : value(args, ++i, arg);
                case "--data-dir" -> dataDir = Path.of(inlineValue != null ? inlineValue : value(args, ++i, arg));
                case "--db" -> dbUrl = inlineValue != null ? inlineValue : value(args, ++i, arg);
                case "--db-user" -> dbUser = inlineValue != null ? inlineValue : value(args, ++i, arg);
                case "--body-timeout" -> bodyTimeout = parseSeconds(inlineValue != null ? inlineValue : value(args, ++i, arg), arg);
                case "--seed-history" -> seedHistory = parseCount(
                        inlineValue != null ? inlineValue : value(args, ++i, arg), arg);
                case "--db-password" -> dbPassword = inlineValue != null ? inlineValue : value(args, ++i, arg);
                default -> throw new UsageException("Unknown option: " + args[i]);
            }
        }
        DatabaseConfig database;
        if (dbUrl == null) {
            if (dbUser != null || dbPassword != null) {
                throw new UsageException("--db-user and --db-password go with --db");
            }
            database = DatabaseConfig.h2File(dataDir);
        } else {
            try {
                database = DatabaseConfig.of(dbUrl, dbUser, dbPassword);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return new Command(false, new DevHostOptions(bind, port, database, demo, seedOnly, bodyTimeout,
                seedHistory));
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65_535) {
                throw new UsageException("--port must be between 0 and 65535, not " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a number, not " + value);
        }
    }

    private static Duration parseSeconds(String value, String option) {
        try {
            int seconds = Integer.parseInt(value);
            if (seconds < 1 || seconds > 3600) {
                throw new UsageException(option + " must be between 1 and 3600 seconds, not " + value);
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number of seconds, not " + value);
        }
    }

    private static int parseCount(String value, String option) {
        try {
            int count = Integer.parseInt(value);
            if (count < 0 || count > MAX_SEED_HISTORY) {
                throw new UsageException(option + " must be between 0 and " + MAX_SEED_HISTORY + ", not " + value);
            }
            return count;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number, not " + value);
        }
    }

    public static String usage() {
        return """
                Social ITSM devhost: the whole app without Jira, with a demo service desk.

                Usage: java -jar devhost/target/social-itsm-devhost.jar [options]

                Options:
                  --port N            port to listen on (default 2990; 0 = any free port)
                  --bind ADDR         address to listen on (default 127.0.0.1; the demo passwords are public)
                  --data-dir DIR      where the H2 database lives (default ./devhost-data)
                  --db JDBC-URL       use this database instead of H2, e.g.
                                      jdbc:postgresql://127.0.0.1:5432/social?user=me&password=secret
                                      jdbc:mariadb://127.0.0.1:3306/social
                  --db-user USER      database user (or put it in the URL)
                  --db-password PW    database password (or put it in the URL)
                  --no-demo           no demo issues on a fresh database (users and projects are still set up)
                  --body-timeout S    seconds a request body may take to arrive, else 408 (default 20)
                  --seed-history N    write N older issues with comments and hashtags straight into the tracker, as
                                      if they predated the app (for "Tag existing issues" on the admin page)
                  --seed-only         set up and seed the database, then exit (for load tests and several nodes)
                  -h, --help          this text

                Users (password = user name): admin (administrator), alice and bob (agents), carol (end user),
                dave (no access to project SEC). Health check: GET /status. Stop with Ctrl-C or SIGTERM.
                """;
    }
}
