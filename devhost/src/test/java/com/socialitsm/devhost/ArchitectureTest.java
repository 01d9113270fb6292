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
    void devhostImportsNoJavaxPackages() throws IOException {
        // Only web and jira-plugin may use javax.*, so that moving to Jira 11's jakarta.* stays mechanical.
        for (Path source : sources()) {
            assertThat(Files.readAllLines(source)).as(source.toString())
                    .noneMatch(line -> line.startsWith("import javax.") || line.startsWith("import static javax."));
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
