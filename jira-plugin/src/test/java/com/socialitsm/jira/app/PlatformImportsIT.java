package com.socialitsm.jira.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Every package an app imports is one its Jira exports to apps, at a version its range accepts (the lists in
 * src/test/resources/platform-exports say which entries are verified and which inferred), and every import is written
 * out in osgi-instructions.bnd: nothing reaches the manifest through the instructions' trailing wildcard unseen.
 */
class PlatformImportsIT {
    private static final Path BASEDIR = Path.of(System.getProperty("jira.plugin.basedir", "."));

    @Test
    void theJira11AppImportsOnlyWhatJira113Exports() {
        assertImportsExported(AppJar.fromProperty("jira11.app"), "jira-11.3.txt");
    }

    @Test
    void theJira10AppImportsOnlyWhatJira103Exports() {
        assertImportsExported(AppJar.fromProperty("jira10.app"), "jira-10.3.txt");
    }

    @Test
    void everyImportOfTheJira11AppIsListedInTheInstructions() throws IOException {
        String instructions = Files.readString(BASEDIR.resolve("osgi-instructions.bnd"));
        Set<String> listed = OsgiImports.parse(instructions.substring(instructions.indexOf("Import-Package:") + 15,
                        instructions.indexOf("\n\n", instructions.indexOf("Import-Package:"))).replace("\\\n", ""))
                .stream().map(i -> i.packageName()).collect(Collectors.toSet());
        List<String> imported = OsgiImports.parse(AppJar.fromProperty("jira11.app").header("Import-Package")).stream()
                .map(i -> i.packageName()).toList();
        assertThat(listed).containsAll(imported);
    }

    @Test
    void noAppHidesARequiredImportBehindAnOptionalWildcard() {
        for (String app : List.of("jira11.app", "jira10.app")) {
            List<OsgiImports.Import> imports = OsgiImports.parse(AppJar.fromProperty(app).header("Import-Package"));
            assertThat(imports).noneMatch(i -> i.packageName().contains("*"));
            assertThat(imports.stream().filter(OsgiImports.Import::optional).map(OsgiImports.Import::packageName))
                    // Optional only where the app works without them: Activity Streams and JSM (the portal parts).
                    .allMatch(p -> p.startsWith("com.atlassian.streams.") || p.startsWith("com.atlassian.servicedesk."));
        }
    }

    @Test
    void versionRangesAreReadAsOsgiDefinesThem() {
        assertThat(OsgiImports.includes("[2.0,3)", "2.1.0")).isTrue();
        assertThat(OsgiImports.includes("[2.0,3)", "3.0.0")).isFalse();
        assertThat(OsgiImports.includes("(2.0,3]", "2.0.0")).isFalse();
        assertThat(OsgiImports.includes("(2.0,3]", "3")).isTrue();
        assertThat(OsgiImports.includes("1.7", "2.0.17")).isTrue();
        assertThat(OsgiImports.includes("1.7", "1.6.9")).isFalse();
    }

    private static void assertImportsExported(AppJar app, String listName) {
        Map<String, String> exports = OsgiImports.exports(
                BASEDIR.resolve("src/test/resources/platform-exports").resolve(listName));
        List<String> problems = new ArrayList<>();
        for (OsgiImports.Import imported : OsgiImports.parse(app.header("Import-Package"))) {
            String exported = exports.get(imported.packageName());
            if (exported == null) {
                if (!imported.optional()) {
                    problems.add(imported.packageName() + " is not exported by the Jira of " + listName);
                }
                continue;
            }
            if (imported.versionRange().isPresent()) {
                if (exported.isEmpty()) {
                    problems.add(imported.packageName() + " has a range but " + listName + " gives no version");
                } else if (!OsgiImports.includes(imported.versionRange().get(), exported)) {
                    problems.add(imported.packageName() + " " + imported.versionRange().get() + " excludes " + exported);
                }
            }
        }
        assertThat(problems).as(app.file() + " against " + listName).isEmpty();
    }
}
