package com.socialitsm.jira10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jira edge compiles against Jira 10.3's signatures too: jira-plugin's sources, with the jakarta packages renamed
 * to javax by the same text rules the Eclipse Transformer applies to the jira10 app
 * ({@code jira-plugin/transform/jakarta-to-javax-text.properties}), compiled against the Platform 7 stub set (common
 * Jira stubs plus the javax servlet, JAX-RS, inject and annotation APIs, this module's test class path) and the
 * jira10 app's own web classes. The jira11 build compiles the same sources against the Platform 8 set, so a stub or
 * an API that exists on one platform only fails one of the two builds.
 */
class Jira10CompileCheckTest {
    private static final Path PLUGIN = Path.of(System.getProperty("social.jira.plugin.dir", "../jira-plugin"));

    @TempDir
    Path work;

    @Test
    void theJavaxRenamedJiraEdgeCompilesAgainstThePlatform7Stubs() throws IOException {
        Path jira10Jar = Path.of(System.getProperty("social.jira10.jar", "missing"));
        assumeTrue(Files.isRegularFile(jira10Jar), "no jira10 app jar at " + jira10Jar + ": `mvn verify` builds it");

        Map<Pattern, String> rules = textRules(PLUGIN.resolve("transform/jakarta-to-javax-text.properties"));
        Path renamed = work.resolve("src");
        List<Path> sources = copyRenamed(PLUGIN.resolve("src/main/java"), renamed, rules);
        assertThat(sources).hasSizeGreaterThan(50);
        assertThat(String.join("\n", Files.readAllLines(renamed.resolve(
                "com/socialitsm/jira/web/SocialPageServlet.java")))).contains("import javax.servlet").doesNotContain(
                "jakarta.");

        assertThat(compile(sources, jira10Jar)).as("javac on the javax sources").isEmpty();
    }

    @Test
    void theUnrenamedSourcesDoNotCompileHereSoTheCheckIsNotVacuous() throws IOException {
        Path jira10Jar = Path.of(System.getProperty("social.jira10.jar", "missing"));
        assumeTrue(Files.isRegularFile(jira10Jar), "no jira10 app jar at " + jira10Jar + ": `mvn verify` builds it");

        List<Path> sources = copyRenamed(PLUGIN.resolve("src/main/java"), work.resolve("src"), Map.of());

        assertThat(compile(sources, jira10Jar)).contains("package jakarta");
    }

    /** javac's diagnostics; empty when it compiled. */
    private String compile(List<Path> sources, Path jira10Jar) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "--release", "17", "-nowarn", "-Xlint:none",
                "-d", work.resolve("classes").toString(), "-classpath",
                System.getProperty("java.class.path") + File.pathSeparator + jira10Jar));
        sources.forEach(source -> arguments.add(source.toString()));
        StringWriter diagnostics = new StringWriter();
        int exit = javac.run(null, null, new java.io.OutputStream() {
            @Override
            public void write(int b) {
                diagnostics.write(b);
            }
        }, arguments.toArray(String[]::new));
        return exit == 0 ? "" : diagnostics.toString();
    }

    /** {@code jakarta.ws.rs=javax.ws.rs}: whole package names (and their sub-packages) in the text. */
    private static Map<Pattern, String> textRules(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        Map<Pattern, String> rules = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(from -> rules.put(
                Pattern.compile("\\b" + Pattern.quote(from) + "\\b"), properties.getProperty(from)));
        assertThat(rules).as("rules in " + file).isNotEmpty();
        return rules;
    }

    private static List<Path> copyRenamed(Path from, Path to, Map<Pattern, String> rules) throws IOException {
        List<Path> copied = new ArrayList<>();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                for (Map.Entry<Pattern, String> rule : rules.entrySet()) {
                    text = rule.getKey().matcher(text).replaceAll(Matcher.quoteReplacement(rule.getValue()));
                }
                Path target = to.resolve(from.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.writeString(target, text);
                copied.add(target);
            }
        }
        return copied;
    }
}
