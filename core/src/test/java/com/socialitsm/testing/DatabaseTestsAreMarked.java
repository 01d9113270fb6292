package com.socialitsm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The check behind {@link DatabaseTest}: every test class that reaches a database through {@link StoreExtension},
 * {@link TestDatabases} or the devhost's test extension (itself or in a nested class) carries the mark, or the
 * persistence suites on PostgreSQL and MariaDB would skip it. Each module with such tests runs it on its own compiled
 * tests ({@code DatabaseTestsAreMarkedTest}). It reads class files rather than importing them with ArchUnit, which
 * takes half a minute per module for what a byte search answers: a class that refers to another names it in its
 * constant pool.
 */
public final class DatabaseTestsAreMarked {
    private static final List<String> DATABASE_ENTRIES = List.of("com/socialitsm/testing/StoreExtension",
            "com/socialitsm/testing/TestDatabases", "com/socialitsm/devhost/DevHostExtension");
    /** Surefire's default includes: only classes so named run, so only they need the mark. */
    private static final Pattern RUN_BY_SUREFIRE = Pattern.compile("Test.*|.*Test|.*Tests|.*TestCase");

    private DatabaseTestsAreMarked() {
    }

    /** The top-level test classes beside {@code anchor} (its class path root) that use a database but lack the mark. */
    public static List<String> unmarkedBeside(Class<?> anchor) {
        Path root = classPathRoot(anchor);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class")).filter(DatabaseTestsAreMarked::usesADatabase)
                    .map(f -> topLevelName(root, f)).distinct()
                    .filter(name -> !DATABASE_ENTRIES.contains(name.replace('.', '/')))
                    .filter(name -> RUN_BY_SUREFIRE.matcher(name.substring(name.lastIndexOf('.') + 1)).matches())
                    .filter(name -> !load(name, anchor).isAnnotationPresent(DatabaseTest.class))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classPathRoot(Class<?> anchor) {
        try {
            return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean usesADatabase(Path classFile) {
        try {
            String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return DATABASE_ENTRIES.stream().anyMatch(constants::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String topLevelName(Path root, Path classFile) {
        String relative = root.relativize(classFile).toString().replace(classFile.getFileSystem().getSeparator(), ".");
        String name = relative.substring(0, relative.length() - ".class".length());
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    private static Class<?> load(String name, Class<?> anchor) {
        try {
            return Class.forName(name, false, anchor.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
