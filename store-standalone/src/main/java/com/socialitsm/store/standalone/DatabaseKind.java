package com.socialitsm.store.standalone;

import java.util.Locale;

/** The databases the non-Jira hosts and the test suite run on, recognised from a JDBC URL. */
public enum DatabaseKind {
    H2("jdbc:h2:"), POSTGRES("jdbc:postgresql:"), MARIADB("jdbc:mariadb:");

    private final String urlPrefix;

    DatabaseKind(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    public static DatabaseKind ofUrl(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        for (DatabaseKind kind : values()) {
            if (url.startsWith(kind.urlPrefix)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unsupported JDBC URL (use jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:): "
                + jdbcUrl);
    }
}
