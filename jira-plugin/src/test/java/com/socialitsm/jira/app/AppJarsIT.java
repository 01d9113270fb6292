package com.socialitsm.jira.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The two installable apps that the build writes: one source, jakarta for Jira 11.3, javax for Jira 10.3. */
class AppJarsIT {
    private static final List<String> JAKARTA = List.of("jakarta/ws/rs", "jakarta/servlet", "jakarta/inject");
    private static final List<String> JAVAX = List.of("javax/ws/rs", "javax/servlet", "javax/inject");

    private final AppJar jira11 = AppJar.fromProperty("jira11.app");
    private final AppJar jira10 = AppJar.fromProperty("jira10.app");

    @Test
    void theJira11AppUsesTheJakartaNamespacesOnly() {
        assertUses(jira11, JAKARTA, JAVAX);
    }

    @Test
    void theJira10AppUsesTheJavaxNamespacesOnly() {
        assertUses(jira10, JAVAX, JAKARTA);
    }

    @Test
    void bothAppsDeclareTheSameModulesRestPathAndActiveObjectsNamespace() {
        Map<String, String> modules11 = modules(jira11);
        assertThat(modules11).containsKeys("ao:social-ao", "rest:social-rest").hasSizeGreaterThan(10);
        assertThat(modules(jira10)).isEqualTo(modules11);
        assertThat(jira10.header("Atlassian-Plugin-Key")).isEqualTo(jira11.header("Atlassian-Plugin-Key"))
                .isEqualTo(jira11.header("Bundle-SymbolicName")).isEqualTo("com.socialitsm.social-itsm");
    }

    @Test
    void bothAppsCarryTheSpringScannerIndexAndTheSpringContextHeader() {
        for (AppJar app : List.of(jira11, jira10)) {
            assertThat(app.text("META-INF/plugin-components/component")).contains("com.socialitsm.jira.ao.AoStore#aoStore");
            assertThat(app.text("META-INF/plugin-components/imports"))
                    .contains("com.atlassian.activeobjects.external.ActiveObjects");
            assertThat(app.header("Spring-Context")).isEqualTo("*");
            assertThat(app.header("Export-Package")).isNull();
            assertThat(app.header("Bundle-Version")).startsWith("1.");
        }
        assertThat(jira10.text("META-INF/plugin-components/component"))
                .isEqualTo(jira11.text("META-INF/plugin-components/component"));
    }

    @Test
    void coreAndItsLibrariesAreEmbeddedAndWebIsUnpacked() {
        for (AppJar app : List.of(jira11, jira10)) {
            assertThat(app.header("Bundle-ClassPath")).startsWith(".,").contains("META-INF/lib/social-itsm-core.jar",
                    "META-INF/lib/commonmark.jar", "META-INF/lib/owasp-java-html-sanitizer.jar");
            assertThat(app.entries().keySet()).contains("com/socialitsm/web/rest/ApiExceptionMapper.class",
                    "META-INF/lib/social-itsm-core.jar!/com/socialitsm/app/SocialApp.class", "atlassian-plugin.xml");
        }
    }

    @Test
    void neitherAppEmbedsWhatJiraProvidesOrTheAppDoesNotNeed() {
        for (AppJar app : List.of(jira11, jira10)) {
            assertThat(app.entries().keySet()).noneMatch(name -> name.contains("com/zaxxer/hikari")
                    || name.contains("org/h2/") || name.startsWith("net/java/ao/") || name.contains("!/net/java/ao/")
                    || name.contains("com/fasterxml/jackson") || name.contains("org/slf4j")
                    || name.contains("org/apache/velocity") || name.contains("org/postgresql")
                    || name.contains("org/mariadb"));
        }
    }

    @Test
    void bothAppsAreJava17Bytecode() {
        for (AppJar app : List.of(jira11, jira10)) {
            app.entries().forEach((name, bytes) -> {
                if (name.startsWith("com/socialitsm/") || name.contains("social-itsm-core.jar!/com/")) {
                    if (name.endsWith(".class")) {
                        int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
                        assertThat(major).as(name).isEqualTo(61);
                    }
                }
            });
        }
    }

    private static void assertUses(AppJar app, List<String> wanted, List<String> forbidden) {
        List<String> constants = app.classConstants();
        for (String namespace : wanted) {
            assertThat(constants).as("%s references %s", app.file(), namespace).anyMatch(c -> c.contains(namespace));
        }
        for (String namespace : forbidden) {
            assertThat(constants).as("%s references %s", app.file(), namespace).noneMatch(c -> c.contains(namespace));
        }
        String imports = app.header("Import-Package");
        forbidden.forEach(namespace -> assertThat(imports).doesNotContain(namespace.replace('/', '.')));
    }

    /** Module element and key → the attributes that must not differ between the apps (REST path, AO namespace...). */
    private static Map<String, String> modules(AppJar app) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder()
                    .parse(AppJar.stream(app.entries().get("atlassian-plugin.xml"))).getDocumentElement();
            Map<String, String> modules = new TreeMap<>();
            for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element module && module.hasAttribute("key")) {
                    modules.put(module.getTagName() + ":" + module.getAttribute("key"),
                            module.getAttribute("path") + "|" + module.getAttribute("namespace") + "|"
                                    + module.getAttribute("class") + "|" + module.getAttribute("version"));
                }
            }
            return modules;
        } catch (Exception e) {
            throw new AssertionError("cannot read atlassian-plugin.xml of " + app.file(), e);
        }
    }
}
