package com.socialitsm.jira.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading OSGi Import-Package headers, version ranges and the platform export lists (just enough for the tests). */
final class OsgiImports {
    private OsgiImports() {
    }

    record Import(String packageName, Optional<String> versionRange, boolean optional) {
    }

    /** The entries of an Import-Package header (clauses split at commas outside quotes). */
    static List<Import> parse(String header) {
        List<Import> imports = new ArrayList<>();
        for (String clause : splitOutsideQuotes(header, ',')) {
            List<String> parts = splitOutsideQuotes(clause, ';');
            Optional<String> version = Optional.empty();
            boolean optional = false;
            for (String attribute : parts.subList(1, parts.size())) {
                String a = attribute.trim();
                if (a.startsWith("version=")) {
                    version = Optional.of(a.substring("version=".length()).replace("\"", ""));
                } else if (a.replace(" ", "").equals("resolution:=optional")) {
                    optional = true;
                }
            }
            imports.add(new Import(parts.get(0).trim(), version, optional));
        }
        return imports;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** A platform list: package → the version Jira exports it at ("" when the list gives none). */
    static Map<String, String> exports(Path list) {
        try {
            Map<String, String> exports = new LinkedHashMap<>();
            for (String line : Files.readAllLines(list)) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] parts = entry.split(";version=", 2);
                exports.put(parts[0], parts.length == 2 ? parts[1] : "");
            }
            return exports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern RANGE = Pattern.compile("([\\[(])\\s*([^,]+?)\\s*,\\s*([^\\])]+?)\\s*([\\])])");

    /** Whether an OSGi version range ("[2.0,3)", or "1.7" meaning 1.7 and up) includes a version. */
    static boolean includes(String range, String version) {
        Matcher m = RANGE.matcher(range.trim());
        if (!m.matches()) {
            return compare(version, range) >= 0;
        }
        int low = compare(version, m.group(2));
        int high = compare(version, m.group(3));
        return (m.group(1).equals("[") ? low >= 0 : low > 0) && (m.group(4).equals("]") ? high <= 0 : high < 0);
    }

    private static int compare(String a, String b) {
        String[] x = a.trim().split("\\.");
        String[] y = b.trim().split("\\.");
        for (int i = 0; i < 3; i++) {
            int d = Integer.compare(number(x, i), number(y, i));
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    private static int number(String[] parts, int i) {
        return i < parts.length ? Integer.parseInt(parts[i]) : 0;
    }
}
