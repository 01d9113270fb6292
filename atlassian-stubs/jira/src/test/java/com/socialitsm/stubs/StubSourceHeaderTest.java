package com.socialitsm.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A stub is only as good as what it was copied from: every stand-in under atlassian-stubs names, in its leading
 * comment, a "// Source:" line and a public URL (Jira javadoc of that version, or a public plugin compiled against
 * it), so the next reader can check the signature instead of trusting memory.
 */
class StubSourceHeaderTest {
    /** atlassian-stubs/, the parent of this module (surefire runs in the module's directory). */
    private static final Path STUBS = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyStubNamesItsSourceWithAUrl() throws IOException {
        List<Path> stubs = stubFiles();
        assertThat(stubs).as("stub sources found under %s", STUBS).hasSizeGreaterThan(100);
        List<String> lacking = stubs.stream()
                .filter(file -> !namesSourceWithUrl(header(file)))
                .map(file -> STUBS.relativize(file).toString())
                .toList();
        assertThat(lacking).as("stubs without a '// Source:' header line and a https:// URL").isEmpty();
    }

    @Test
    void aHeaderWithoutAUrlDoesNotCount() {
        assertThat(namesSourceWithUrl(List.of("// Source: from memory"))).isFalse();
        assertThat(namesSourceWithUrl(List.of("// See https://example.org"))).isFalse();
        assertThat(namesSourceWithUrl(List.of("// Source: https://docs.atlassian.com/x.html"))).isTrue();
    }

    private static boolean namesSourceWithUrl(List<String> header) {
        return header.stream().anyMatch(line -> line.startsWith("// Source:"))
                && header.stream().anyMatch(line -> line.contains("https://"));
    }

    private static List<Path> stubFiles() throws IOException {
        try (Stream<Path> files = Files.walk(STUBS)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> file.toString().contains("/src/main/java/"))
                    .sorted()
                    .toList();
        }
    }

    /** The comment lines before the package declaration. */
    private static List<String> header(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.takeWhile(line -> !line.startsWith("package ")).filter(line -> line.startsWith("//")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
