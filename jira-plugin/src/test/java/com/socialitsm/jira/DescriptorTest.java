package com.socialitsm.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import net.java.ao.RawEntity;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.user.anonymize.UserKeyChangeHandler;
import com.atlassian.plugin.web.ContextProvider;

import com.socialitsm.jira.ao.SchemaUpgradeTask;
import com.socialitsm.jira.web.SocialPage;
import com.socialitsm.store.Schema;
import com.socialitsm.store.SchemaUpgrade;
import com.socialitsm.store.SchemaUpgrades;
import com.socialitsm.store.TableNames;

/**
 * Proves that atlassian-plugin.xml (as Maven filtered it) and the files around it agree: every class, resource,
 * i18n key, entity and upgrade it names exists, in every bundled language, and what templates call is allowlisted.
 * Jira would otherwise find these mistakes one at a time, at install time.
 */
class DescriptorTest {
    /** Jira's own classes named by the descriptor (web-fragment conditions); they are not on the test classpath. */
    private static final Set<String> JIRA_CLASSES = Set.of(
            "com.atlassian.jira.plugin.webfragment.conditions.HasProjectPermissionCondition",
            "com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition",
            "com.atlassian.jira.plugin.webfragment.conditions.JiraGlobalPermissionCondition");
    /**
     * What the descriptor names from the web module before it exists. Keep this list small: an entry that now exists
     * fails the test and must be removed.
     */
    private static final Set<String> PENDING_WEB_PACKAGES = Set.of();
    private static final int MAX_PENDING = 3;
    /** An i18n key in quotes, in Java, templates or script. */
    private static final Pattern KEY_LITERAL = Pattern.compile("[\"'](socialitsm\\.[A-Za-z0-9._-]+)[\"']");
    /** A method call in a Velocity template: $model.method( */
    private static final Pattern VELOCITY_CALL = Pattern.compile("\\$!?\\{?([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)\\(");
    /** Objects the host puts into every template context; their methods are the host's to allowlist. */
    private static final Set<String> HOST_TEMPLATE_OBJECTS = Set.of("i18n");

    private static Document descriptor;
    private static Path basedir;

    @BeforeAll
    static void load() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = resource("atlassian-plugin.xml").openStream()) {
            descriptor = factory.newDocumentBuilder().parse(in);
        }
        basedir = Path.of(System.getProperty("jira.plugin.basedir", ".")).toAbsolutePath();
    }

    @Test
    void pluginKeyNamespaceAndDataCenterParametersMatchTheCode() {
        Element root = descriptor.getDocumentElement();
        assertThat(root.getAttribute("key")).isEqualTo(PluginKeys.PLUGIN_KEY);
        assertThat(root.getAttribute("plugins-version")).isEqualTo("2");
        assertThat(single("ao").getAttribute("namespace")).isEqualTo(TableNames.AO_NAMESPACE);

        Map<String, String> params = new LinkedHashMap<>();
        for (Element param : children(single("plugin-info"), "param")) {
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }
        assertThat(params).containsEntry("atlassian-data-center-status", "compatible")
                .containsEntry("atlassian-data-center-compatible", "true")
                .containsKeys("plugin-icon", "plugin-logo");
        assertThat(resource(params.get("plugin-icon"))).isNotNull();
        assertThat(resource(params.get("plugin-logo"))).isNotNull();
        assertThat(single("plugin-info").getElementsByTagName("version").item(0).getTextContent())
                .doesNotContain("${");
    }

    @Test
    void everyClassItNamesExistsOrIsJirasOwn() {
        Set<String> named = new TreeSet<>();
        for (Element element : all()) {
            if (!element.getAttribute("class").isEmpty()) {
                named.add(element.getAttribute("class"));
            }
        }
        texts("entity").forEach(named::add);
        texts("upgradeTask").forEach(named::add);
        texts("method").forEach(method -> named.add(method.substring(0, method.indexOf('#'))));

        Set<String> jiras = named.stream().filter(JIRA_CLASSES::contains).collect(Collectors.toSet());
        assertThat(jiras).as("Jira classes listed but no longer named: remove them").isEqualTo(JIRA_CLASSES);
        for (String name : named) {
            if (!JIRA_CLASSES.contains(name)) {
                assertThat(load(name)).as(name).isNotNull();
            }
        }
    }

    @Test
    void webModuleNamesNotWrittenYetArePendingAndFew() {
        assertThat(PENDING_WEB_PACKAGES).hasSizeLessThanOrEqualTo(MAX_PENDING);
        Set<String> packages = texts("package").collect(Collectors.toSet());
        assertThat(packages).containsAll(PENDING_WEB_PACKAGES);
        for (String pending : PENDING_WEB_PACKAGES) {
            assertThat(resource(pending.replace('.', '/')))
                    .as("%s exists now: remove it from PENDING_WEB_PACKAGES", pending).isNull();
        }
    }

    @Test
    void moduleClassesAreOfTheKindTheirModuleNeeds() {
        assertKind("jql-function", JqlFunction.class);
        assertKind("customfield-type", CustomFieldType.class);
        assertKind("context-provider", ContextProvider.class);
        assertKind("servlet", HttpServlet.class);
        assertKind("user-key-change-handler", UserKeyChangeHandler.class);
        texts("upgradeTask").forEach(name -> assertThat(ActiveObjectsUpgradeTask.class).isAssignableFrom(load(name)));
        texts("entity").forEach(name -> assertThat(RawEntity.class).isAssignableFrom(load(name)));
    }

    @Test
    void everyResourceItNamesExists() {
        for (Element resource : elements("resource")) {
            String location = resource.getAttribute("location");
            if ("i18n".equals(resource.getAttribute("type"))) {
                assertThat(resource(location.replace('.', '/') + ".properties")).as(location).isNotNull();
            } else {
                assertThat(resource(location)).as(location).isNotNull();
            }
        }
    }

    @Test
    void theAoModuleListsEveryEntityInSchemaOrderAndOneUpgradeTaskPerModelVersion() {
        assertThat(texts("entity").toList())
                .containsExactlyElementsOf(Schema.ENTITIES.stream().map(Class::getName).toList());

        List<Integer> taskVersions = new ArrayList<>();
        for (String task : texts("upgradeTask").toList()) {
            SchemaUpgrade upgrade = ((SchemaUpgradeTask) newInstance(load(task))).schemaUpgrade();
            taskVersions.add(upgrade.modelVersion());
        }
        assertThat(taskVersions).containsExactlyElementsOf(
                SchemaUpgrades.ALL.stream().map(SchemaUpgrade::modelVersion).toList());
        assertThat(taskVersions).last().isEqualTo(Schema.CURRENT_VERSION);
    }

    @Test
    void everyI18nKeyInUseIsInEveryLanguageAndTheLanguagesAgree() throws IOException {
        Map<String, Properties> bundles = bundles();
        assertThat(bundles).containsKeys("social-itsm.properties", "social-itsm_de.properties");

        Set<String> used = usedI18nKeys();
        assertThat(used).as("the scan must find the keys it checks").hasSizeGreaterThan(40);
        Set<String> english = bundles.get("social-itsm.properties").stringPropertyNames();
        for (Map.Entry<String, Properties> bundle : bundles.entrySet()) {
            Set<String> keys = bundle.getValue().stringPropertyNames();
            assertThat(keys).as("keys used but missing in %s", bundle.getKey()).containsAll(used);
            assertThat(keys).as("%s has the same keys as English", bundle.getKey()).isEqualTo(english);
            for (String key : keys) {
                String text = bundle.getValue().getProperty(key);
                assertThat(text).as("%s in %s", key, bundle.getKey()).isNotBlank();
                assertThat(placeholders(text)).as("placeholders of %s in %s", key, bundle.getKey())
                        .isEqualTo(placeholders(bundles.get("social-itsm.properties").getProperty(key)));
            }
        }
    }

    @Test
    void templatesCallOnlyAllowlistedMethodsAndTheAllowlistNamesRealMethods() throws Exception {
        Set<String> allowlisted = new LinkedHashSet<>();
        for (String entry : texts("method").toList()) {
            Matcher m = Pattern.compile("([\\w.$]+)#(\\w+)\\(([^)]*)\\)").matcher(entry);
            assertThat(m.matches()).as(entry).isTrue();
            Class<?>[] parameters = m.group(3).isBlank() ? new Class<?>[0]
                    : Arrays.stream(m.group(3).split(",")).map(String::trim).map(DescriptorTest::load)
                    .toArray(Class<?>[]::new);
            Method method = load(m.group(1)).getMethod(m.group(2), parameters);
            assertThat(Modifier.isPublic(method.getModifiers())).as(entry).isTrue();
            allowlisted.add(m.group(2));
        }

        try (Stream<Path> templates = Files.walk(basedir.resolve("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".vm")).toList()) {
                Matcher call = VELOCITY_CALL.matcher(Files.readString(template));
                while (call.find()) {
                    if (!HOST_TEMPLATE_OBJECTS.contains(call.group(1))) {
                        assertThat(allowlisted).as("%s calls $%s.%s()", template.getFileName(), call.group(1),
                                call.group(2)).contains(call.group(2));
                    }
                }
            }
        }
    }

    @Test
    void theRestModuleServesTheDocumentedBaseOnRestV2() {
        Element rest = single("rest");
        assertThat("/rest" + rest.getAttribute("path") + "/" + rest.getAttribute("version"))
                .isEqualTo(PluginKeys.REST_BASE);
        assertThat(single("rest-migration").getElementsByTagName("rest-v2").getLength()).isEqualTo(1);
    }

    @Test
    void eachPageHasOneServletGuardedByTheMatchingAccessAnnotation() {
        Map<SocialPage, Element> servlets = new LinkedHashMap<>();
        for (Element servlet : elements("servlet")) {
            String page = children(children(servlet, "init-param").get(0), "param-value").get(0).getTextContent().trim();
            assertThat(servlets.put(SocialPage.fromPath(page), servlet)).as("second servlet for " + page).isNull();
            for (Element pattern : children(servlet, "url-pattern")) {
                assertThat(pattern.getTextContent().trim()).startsWith("/social/" + page);
            }
            Class<?> type = load(servlet.getAttribute("class"));
            Class<? extends Annotation> expected = SocialPage.fromPath(page).needsAdmin() ? AdminOnly.class
                    : SocialPage.fromPath(page).needsLogin() ? LicensedOnly.class : AnonymousSiteAccess.class;
            assertThat(type.isAnnotationPresent(expected)).as(type.getName() + " for " + page).isTrue();
        }
        assertThat(servlets.keySet()).containsExactlyInAnyOrder(SocialPage.values());

        Set<String> patterns = elements("url-pattern").stream().map(e -> e.getTextContent().trim())
                .collect(Collectors.toSet());
        for (Element link : elements("link")) {
            String target = link.getTextContent().trim();
            assertThat(target).startsWith(PluginKeys.PAGES_BASE);
            assertThat(patterns).as(target).contains(target.substring("/plugins/servlet".length()));
        }
    }

    @Test
    void theSpringContextNamesRealClassesConstructorsAndBeans() throws Exception {
        Document spring;
        try (InputStream in = resource("META-INF/spring/core-services.xml").openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            spring = factory.newDocumentBuilder().parse(in);
        }
        Set<String> beanIds = new LinkedHashSet<>();
        NodeList beans = spring.getElementsByTagName("bean");
        for (int i = 0; i < beans.getLength(); i++) {
            beanIds.add(((Element) beans.item(i)).getAttribute("id"));
        }
        // Beans the scanner declares from @Named classes of this module.
        beanIds.add(com.socialitsm.jira.ao.AoStore.class.getAnnotation(Named.class).value());

        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            Class<?> type = load(bean.getAttribute("class"));
            List<Element> args = children(bean, "constructor-arg");
            if (!bean.getAttribute("factory-method").isEmpty()) {
                assertThat(Modifier.isStatic(type.getMethod(bean.getAttribute("factory-method")).getModifiers())).isTrue();
            } else {
                assertThat(Arrays.stream(type.getConstructors()).map(Constructor::getParameterCount))
                        .as(type.getName()).contains(args.size());
            }
            for (Element arg : args) {
                if (!arg.getAttribute("ref").isEmpty()) {
                    assertThat(beanIds).as(type.getName()).contains(arg.getAttribute("ref"));
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void assertKind(String module, Class<?> kind) {
        List<Element> modules = elements(module);
        assertThat(modules).as(module).isNotEmpty();
        for (Element element : modules) {
            assertThat(kind).as(element.getAttribute("class")).isAssignableFrom(load(element.getAttribute("class")));
        }
    }

    private Set<String> usedI18nKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Element element : all()) {
            for (String attribute : List.of("i18n-name-key")) {
                if (!element.getAttribute(attribute).isEmpty()) {
                    used.add(element.getAttribute(attribute));
                }
            }
            if (Set.of("label", "description", "tooltip").contains(element.getTagName())
                    && !element.getAttribute("key").isEmpty()) {
                used.add(element.getAttribute("key"));
            }
        }
        for (String dir : List.of("src/main/java", "src/main/resources/templates", "src/main/resources/js")) {
            try (Stream<Path> files = Files.walk(basedir.resolve(dir))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher key = KEY_LITERAL.matcher(Files.readString(file));
                    while (key.find()) {
                        used.add(key.group(1));
                    }
                }
            }
        }
        return used;
    }

    private static Map<String, Properties> bundles() throws IOException {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        Path dir;
        try {
            dir = Path.of(resource("i18n/social-itsm.properties").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("social-itsm(_\\w+)?\\.properties")).toList()) {
                Properties properties = new Properties();
                // Bundles must be ASCII with \\u escapes, so that any reader (ISO-8859-1 or UTF-8) gets the same text.
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                assertThat(text.chars().allMatch(c -> c < 128)).as(file.getFileName() + " is ASCII").isTrue();
                properties.load(new java.io.StringReader(text));
                bundles.put(file.getFileName().toString(), properties);
            }
        }
        return bundles;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Element single(String tag) {
        List<Element> found = elements(tag);
        assertThat(found).as(tag).hasSize(1);
        return found.get(0);
    }

    private static List<Element> elements(String tag) {
        NodeList nodes = descriptor.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static List<Element> all() {
        return elements("*");
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Stream<String> texts(String tag) {
        return elements(tag).stream().map(e -> e.getTextContent().trim());
    }

    private static URL resource(String location) {
        String path = location.startsWith("/") ? location.substring(1) : location;
        return DescriptorTest.class.getClassLoader().getResource(path);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, DescriptorTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("The descriptor names " + name + ", which does not exist", e);
        }
    }

    private static Object newInstance(Class<?> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getName() + " needs a public no-argument constructor", e);
        }
    }
}
