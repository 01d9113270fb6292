package com.socialitsm.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The table prefix Jira's Active Objects plugin derives from the {@code <ao>} module's namespace:
 * {@code AO_} + the last six hex digits of the MD5 of the namespace, upper case, + {@code _}. Using the same prefix
 * outside Jira means the SQL our tests see is the SQL Jira runs.
 */
public final class TableNames {
    /** The {@code namespace} of the {@code <ao>} module in atlassian-plugin.xml. Never change it: tables follow it. */
    public static final String AO_NAMESPACE = "com.socialitsm.social-itsm";

    private TableNames() {
    }

    public static String prefixFor(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    public static String appPrefix() {
        return prefixFor(AO_NAMESPACE);
    }
}
