package com.socialitsm.tag;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Files in the data directory shared beside the repository ({@code ../shared/data}), which is never
 * copied into it. Surefire names the shared directory in the {@code social.shared} system property;
 * elsewhere (an IDE, a test main) it is found as {@code ../shared} next to the reactor root.
 */
final class SharedData {

    private SharedData() {
    }

    /** The data file, if this checkout has the shared directory beside it. */
    static Optional<Path> file(String name) {
        Path file = sharedDirectory().resolve("data").resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    static String missingMessage(String name) {
        return "skipped: " + name + " not found in " + sharedDirectory().resolve("data")
                + " (set -Dsocial.shared=<dir holding data/>)";
    }

    private static Path sharedDirectory() {
        String configured = System.getProperty("social.shared");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        Path reactorRoot = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        while (reactorRoot.getParent() != null && Files.isRegularFile(reactorRoot.getParent().resolve("pom.xml"))) {
            reactorRoot = reactorRoot.getParent();
        }
        return reactorRoot.resolveSibling("shared").normalize();
    }
}
