package com.socialitsm.build.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringScannerIndexProcessorTest {
    @TempDir
    Path dir;

    @Test
    void indexesNamedClassesImportedServicesAndExportsInTheScannersLineFormat() throws IOException {
        Map<String, String> sources = Map.of(
                "jakarta/inject/Named.java", "package jakarta.inject; public @interface Named { String value() default \"\"; }",
                "com/atlassian/plugin/spring/scanner/annotation/imports/ComponentImport.java",
                "package com.atlassian.plugin.spring.scanner.annotation.imports;"
                        + " public @interface ComponentImport { String value() default \"\"; }",
                "com/atlassian/plugin/spring/scanner/annotation/export/ExportAsService.java",
                "package com.atlassian.plugin.spring.scanner.annotation.export;"
                        + " public @interface ExportAsService { Class<?>[] value() default {}; }",
                "app/Lifecycle.java", "package app; public interface Lifecycle {}",
                "app/Jira.java", "package app; public interface Jira { interface Users {} }",
                "app/Imports.java", "package app; import com.atlassian.plugin.spring.scanner.annotation.imports.*;"
                        + " class Imports { @ComponentImport Jira jira; @ComponentImport(\"jiraUsers\") Jira.Users users; }",
                "app/Store.java", "package app; @jakarta.inject.Named(\"aoStore\") public class Store {"
                        + " public Store(@jakarta.inject.Named(\"x\") Jira jira) {} }",
                "app/Launcher.java", "package app; @jakarta.inject.Named"
                        + " @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService(Lifecycle.class)"
                        + " public class Launcher implements Lifecycle {}");
        for (var source : sources.entrySet()) {
            Path file = dir.resolve("src").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
        }
        Path classes = Files.createDirectories(dir.resolve("classes"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            List<Path> paths = sources.keySet().stream().map(k -> dir.resolve("src").resolve(k)).toList();
            var task = javac.getTask(null, files, null, List.of("-d", classes.toString(), "-proc:only"), null,
                    files.getJavaFileObjectsFromPaths(paths));
            task.setProcessors(List.of(new SpringScannerIndexProcessor()));
            assertThat(task.call()).isTrue();
        }

        Path index = classes.resolve("META-INF/plugin-components");
        assertThat(Files.readAllLines(index.resolve("component"))).containsExactly("app.Launcher", "app.Store#aoStore");
        assertThat(Files.readAllLines(index.resolve("imports"))).containsExactly("app.Jira", "app.Jira$Users#jiraUsers");
        assertThat(Files.readAllLines(index.resolve("exports"))).containsExactly("app.Launcher#app.Lifecycle");
    }
}
