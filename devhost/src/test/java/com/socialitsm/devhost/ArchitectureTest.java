package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Rules of the codebase that concern the devhost. */
class ArchitectureTest {

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void devhostImportsNoJakartaEePackages() throws IOException {
        // Only web and jira-plugin speak the platform's Jakarta EE APIs: the devhost hosts them through Jersey and
        // Grizzly, so the namespace lives in one place (the jira10 app is derived by renaming it, docs/architecture.md).
        for (Path source : sources()) {
            assertThat(Files.readAllLines(source)).as(source.toString())
                    .noneMatch(line -> line.matches("import (static )?(javax|jakarta)\\.(ws|servlet|inject|annotation)\\..*"));
        }
    }

    @Test
    void trackerEntitiesStayInTheTrackerPackage() throws IOException {
        for (Path source : sources()) {
            if (!source.toString().contains("/tracker/")) {
                assertThat(Files.readString(source)).as(source.toString()).doesNotContainPattern("Demo\\w+Entity");
            }
        }
    }
}
