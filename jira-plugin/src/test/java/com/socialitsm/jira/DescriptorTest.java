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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Named;
import jakarta.servlet.http.HttpServlet;
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
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.user.anonymize.UserKeyChangeHandler;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.streams.spi.StreamsActivityProvider;
import com.atlassian.webresource.api.data.WebResourceDataProvider;

import com.socialitsm.jira.ao.SchemaUpgradeTask;
import com.socialitsm.jira.field.HashtagsCustomFieldSearcher;
import com.socialitsm.jira.web.SocialAssets;
import com.socialitsm.jira.web.SocialBootDataProvider;
import com.socialitsm.jira.web.SocialPageServlet;
import com.socialitsm.store.Schema;
import com.socialitsm.store.SchemaUpgrade;
import com.socialitsm.store.upgrade.SchemaUpgrades;
import com.socialitsm.store.TableNames;
import com.socialitsm.web.page.SocialPage;

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
    /**
     * Panels the Jira app mounts whose front-end module is not written yet. Keep this small: an entry that is
     * registered now fails the test and must be removed.
     */
    private static final Set<String> PENDING_PANELS = Set.of();
    /**
     * An i18n key in quotes, in Java, templates or script: the Jira app's {@code socialitsm.*} and the front end's
     * {@code social.*} (a key built from a quoted prefix, {@code 'social.badge.' + code}, ends in a dot and is not
     * matched).
     */
    private static final Pattern KEY_LITERAL =
            Pattern.compile("[\"'](social(?:itsm)?(?:\\.[A-Za-z0-9_-]+)+)[\"']");
    /** A panel a front-end module registers: {@code register('issue-votes', ...)}. */
    private static final Pattern REGISTERED_PANEL = Pattern.compile("register\\(\\s*'([a-z-]+)'");
    /** A relative static import between front-end modules: {@code import ... from './core.js'} or {@code import './x.js'}. */
    private static final Pattern RELATIVE_IMPORT = Pattern.compile("(?m)^\\s*import\\s[^;]*?'(\\./[^']+)'");
    /** A mount point a template renders with a literal panel name. */
    private static final Pattern TEMPLATE_PANEL = Pattern.compile("data-social-panel=\"([a-z-]+)\"");
    /** The web module's front end on the class path (its jar here; unpacked into the bundle in Jira). */
    private static final String WEB_JS = "social-itsm/js";
    private static final String WEB_CSS = "social-itsm/css";
    /** The JSM customer portal's web-resource and contexts (platform-8.md: servicedesk.portal, customerportal). */
    private static final String PORTAL_WEB_RESOURCE = "social-portal";
    private static final String PORTAL_CONTEXT = "servicedesk.portal";
    private static final String PORTAL_LEGACY_CONTEXT = "customerportal";
    /** The issue view's hashtags-as-links script: a web-resource of its own on the issue view context. */
    private static final String ISSUE_TEXT_WEB_RESOURCE = "social-issue-text";
    private static final String ISSUE_TEXT_SCRIPT = "js/social-issue-text.js";
    /** The notification bell in Jira's header: a loader on every page that requires the panel's web-resource. */
    private static final String EVERY_PAGE_CONTEXT = "atl.general";
    private static final String HEADER_WEB_RESOURCE = "social-header";
    private static final String HEADER_PANEL_WEB_RESOURCE = "social-header-panel";
    private static final String HEADER_SCRIPT = "js/social-header.js";
    /** A method call in a Velocity template: $model.method( */
    private static final Pattern VELOCITY_CALL = Pattern.compile("\\$!?\\{?([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)\\(");
    /** Objects the host puts into every template context; their methods are the host's to allowlist. */
    private static final Set<String> HOST_TEMPLATE_OBJECTS = Set.of("i18n", "textutils");

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
    void theHashtagsFieldIsTheIssuePropertyTheAppWritesIndexedAsStringsUnderTheAlias() {
        Element index = single("index-document-configuration");
        assertThat(index.getAttribute("entity-key")).isEqualTo("IssueProperty");
        assertThat(index.getAttribute("key")).isNotBlank();
        List<Element> keys = children(index, "key");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).getAttribute("property-key"))
                .isEqualTo(com.socialitsm.jira.host.JiraIssueTagIndex.PROPERTY_KEY);
        List<Element> extracts = children(keys.get(0), "extract");
        assertThat(extracts).hasSize(2);
        for (Element extract : extracts) {
            // "tags" is the array the adapter writes ({"tags": [...]}); string = exact match per element, no analysis.
            assertThat(extract.getAttribute("path")).isEqualTo(com.socialitsm.jira.host.JiraIssueTagIndex.TAGS_PATH);
            assertThat(extract.getAttribute("type")).isEqualTo("string");
        }
        // "hashtags" answers Hashtags = vpn where no field has the app's searcher; "hashtagsIndexed" is the name the
        // searcher's query factory rewrites its clause onto (field.HashtagClauseQueryFactory.INDEXED_ALIAS).
        assertThat(extracts.stream().map(e -> e.getAttribute("alias"))).containsExactly("hashtags", "hashtagsIndexed");
    }

    @Test
    void theHashtagsFieldHasTheAppsSearcherWithItsTemplatesAndNoOtherSearcher() {
        Element searcher = single("customfield-searcher");
        assertThat(searcher.getAttribute("class")).isEqualTo(HashtagsCustomFieldSearcher.class.getName());
        List<Element> validTypes = children(searcher, "valid-customfield-type");
        assertThat(validTypes).hasSize(1);
        assertThat(validTypes.get(0).getAttribute("package")).isEqualTo(PluginKeys.PLUGIN_KEY);
        assertThat(validTypes.get(0).getAttribute("key")).isEqualTo(single("customfield-type").getAttribute("key"));
        assertThat(children(searcher, "resource").stream().map(r -> r.getAttribute("name")))
                .as("the renderer's basic-search box and its summary").containsExactlyInAnyOrder("search", "view");
        // Basic search offers the viewer's tags through a datalist the navigator's script fills as text.
        Element suggestions = webResource("social-hashtag-searcher");
        assertThat(children(suggestions, "resource")).hasSize(1);
        assertThat(ClasspathFiles.read("js/social-hashtag-searcher.js"))
                .contains("data-social-itsm-hashtag-suggest", "/rest/social/1.0/hashtags/suggest")
                .as("it never builds HTML").doesNotContain("innerHTML", "insertAdjacentHTML", "outerHTML");
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
        assertKind("customfield-searcher", CustomFieldSearcher.class);
        assertKind("context-provider", ContextProvider.class);
        assertKind("servlet", HttpServlet.class);
        assertKind("user-key-change-handler", UserKeyChangeHandler.class);
        assertKind("activity-streams-provider", StreamsActivityProvider.class);
        assertKind("data", WebResourceDataProvider.class);
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
        assertThat(used).as("the scan must find the keys it checks").hasSizeGreaterThan(150)
                .anyMatch(key -> key.startsWith("socialitsm.")).anyMatch(key -> key.startsWith("social."));
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
    void theAppHasOneI18nBundleTheWebModules() {
        List<Element> i18n = elements("resource").stream().filter(e -> "i18n".equals(e.getAttribute("type"))).toList();
        assertThat(i18n).hasSize(1);
        assertThat(i18n.get(0).getAttribute("location")).isEqualTo("i18n.social-itsm");
        assertThat(basedir.resolve("src/main/resources/i18n")).as("the Jira app keeps no bundle of its own")
                .doesNotExist();
        assertThat(ClasspathFiles.list("i18n")).allMatch(name -> name.matches("i18n/social-itsm(_\\w+)?\\.properties"));
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
    void eachPageHasOneServletGuardedByTheMatchingAccessAnnotationAndMappingItsPath() throws Exception {
        Map<SocialPage, Element> servlets = new LinkedHashMap<>();
        for (Element servlet : elements("servlet")) {
            String param = children(children(servlet, "init-param").get(0), "param-value").get(0).getTextContent();
            Class<?> type = load(servlet.getAttribute("class"));
            SocialPageServlet.Access access = ((SocialPageServlet) type.getConstructors()[0]
                    .newInstance(null, null, null, null)).access();
            Set<String> patterns = children(servlet, "url-pattern").stream().map(e -> e.getTextContent().trim())
                    .collect(Collectors.toCollection(TreeSet::new));
            for (SocialPage page : SocialPage.values()) {
                if (!Set.of(param.trim().split("[\\s,]+")).contains(page.id())) {
                    continue;
                }
                assertThat(servlets.put(page, servlet)).as("second servlet for " + page.id()).isNull();
                String below = page.path().substring("/plugins/servlet".length());
                assertThat(patterns).as("url patterns for " + page.id()).contains(page.hasArgument() ? below + "/*" : below);
                SocialPageServlet.Access wanted = page.adminOnly() ? SocialPageServlet.Access.ADMIN
                        : page == SocialPage.FEED || page == SocialPage.FOLLOWING ? SocialPageServlet.Access.SIGNED_IN : SocialPageServlet.Access.ANYONE;
                assertThat(access).as(type.getSimpleName() + " for " + page.id()).isEqualTo(wanted);
            }
            Class<? extends Annotation> annotation = switch (access) {
                case ADMIN -> AdminOnly.class;
                case SIGNED_IN -> LicensedOnly.class;
                case ANYONE -> AnonymousSiteAccess.class;
            };
            assertThat(type.isAnnotationPresent(annotation)).as(type.getName()).isTrue();
            for (String pattern : patterns) {
                String path = "/plugins/servlet" + pattern.replace("/*", "/1");
                assertThat(SocialPage.resolve(path.substring(SocialPage.SERVLET_PATH.length())))
                        .as("%s maps only paths of its pages", pattern)
                        .hasValueSatisfying(found -> assertThat(servlets.get(found.page())).isSameAs(servlet));
            }
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
    void everyScriptOfTheFrontEndIsAModuleResourceServedByItsRelativePath() {
        Element modules = webResource(SocialAssets.MODULES_WEB_RESOURCE);
        Set<String> scripts = ClasspathFiles.list(WEB_JS);
        assertThat(scripts).as("the web module's scripts").contains(WEB_JS + "/main.js", WEB_JS + "/core.js");

        Map<String, String> listed = new LinkedHashMap<>();
        for (Element resource : children(modules, "resource")) {
            assertThat(resource.getAttribute("type")).isEqualTo("download");
            String location = resource.getAttribute("location");
            // The name keeps the path below social-itsm/, so './core.js' from js/main.js is js/core.js.
            assertThat(resource.getAttribute("name")).isEqualTo(location.substring("social-itsm/".length()));
            assertThat(children(resource, "param")).as(location).anyMatch(param ->
                    param.getAttribute("name").equals("content-type")
                            && param.getAttribute("value").equals("text/javascript"));
            listed.put(resource.getAttribute("name"), location);
        }
        assertThat(listed.values()).as("every script, and only scripts that exist")
                .containsExactlyInAnyOrderElementsOf(scripts);
        assertThat(listed).containsKey(SocialAssets.MAIN_SCRIPT);
        // Never included by Jira as classic scripts: no context, no dependencies, nobody depends on it.
        assertThat(children(modules, "context")).isEmpty();
        assertThat(children(modules, "dependency")).isEmpty();
        assertThat(texts("dependency")).doesNotContain(PluginKeys.PLUGIN_KEY + ":" + SocialAssets.MODULES_WEB_RESOURCE);

        for (String script : scripts) {
            Matcher imported = RELATIVE_IMPORT.matcher(ClasspathFiles.read(script));
            while (imported.find()) {
                String target = Path.of(script).getParent().resolve(imported.group(1)).normalize().toString()
                        .replace('\\', '/');
                assertThat(listed.values()).as("%s imports %s", script, imported.group(1)).contains(target);
            }
        }
    }

    @Test
    void eachContextHasOneWebResourceWithTheBootAndItsStylesheetsAndOnlyTheBellsLoaderIsOnEveryPage() {
        Map<String, List<String>> byContext = new TreeMap<>();
        for (Element webResource : elements("web-resource")) {
            for (Element context : children(webResource, "context")) {
                byContext.computeIfAbsent(context.getTextContent().trim(), c -> new ArrayList<>())
                        .add(webResource.getAttribute("key"));
            }
        }
        assertThat(byContext).as("context -> web-resources").isEqualTo(Map.of(
                SocialAssets.ISSUE_VIEW_CONTEXT, List.of(SocialAssets.ISSUE_VIEW_WEB_RESOURCE, ISSUE_TEXT_WEB_RESOURCE),
                SocialAssets.PAGES_CONTEXT, List.of(SocialAssets.PAGES_WEB_RESOURCE),
                SocialAssets.ADMIN_CONTEXT, List.of(SocialAssets.ADMIN_WEB_RESOURCE),
                PORTAL_CONTEXT, List.of(PORTAL_WEB_RESOURCE),
                PORTAL_LEGACY_CONTEXT, List.of(PORTAL_WEB_RESOURCE),
                "jira.navigator.simple", List.of("social-hashtag-searcher"),
                "jira.navigator.advanced", List.of("social-hashtag-searcher"),
                // The one resource on every page: the notification bell's loader, without the boot or a stylesheet.
                EVERY_PAGE_CONTEXT, List.of(HEADER_WEB_RESOURCE)));

        Set<String> stylesheets = new TreeSet<>();
        for (String key : List.of(SocialAssets.ISSUE_VIEW_WEB_RESOURCE, SocialAssets.PAGES_WEB_RESOURCE,
                SocialAssets.ADMIN_WEB_RESOURCE, PORTAL_WEB_RESOURCE)) {
            Element webResource = webResource(key);
            // The portal's resource serves JSM's two portal contexts; every other one context.
            assertThat(children(webResource, "context")).as(key).hasSize(key.equals(PORTAL_WEB_RESOURCE) ? 2 : 1);
            assertThat(children(webResource, "dependency").stream().map(e -> e.getTextContent().trim()))
                    .as("%s brings the boot", key)
                    .containsExactly(PluginKeys.PLUGIN_KEY + ":" + SocialAssets.BOOT_WEB_RESOURCE);
            for (Element resource : children(webResource, "resource")) {
                assertThat(resource.getAttribute("location")).as(key).endsWith(".css");
                assertThat(resource.getAttribute("name")).isEqualTo(Path.of(resource.getAttribute("location"))
                        .getFileName().toString());
                stylesheets.add(resource.getAttribute("location"));
            }
        }
        assertThat(stylesheets).as("every stylesheet of the front end has a page").containsAll(ClasspathFiles.list(WEB_CSS));
        assertThat(locations(SocialAssets.ISSUE_VIEW_WEB_RESOURCE)).contains(WEB_CSS + "/hashtags.css",
                WEB_CSS + "/follow.css", WEB_CSS + "/kudos.css", WEB_CSS + "/questions.css")
                .doesNotContain(WEB_CSS + "/admin.css");
        assertThat(locations(SocialAssets.ADMIN_WEB_RESOURCE)).contains(WEB_CSS + "/admin.css");
        // Stylesheets come with a context only (or with the bell's panel, which its loader requires): nothing else.
        for (String key : List.of(SocialAssets.BOOT_WEB_RESOURCE, SocialAssets.MODULES_WEB_RESOURCE,
                HEADER_WEB_RESOURCE)) {
            assertThat(locations(key)).as(key).noneMatch(location -> location.endsWith(".css"));
        }
    }

    @Test
    void theHeaderHasANotificationBellWhoseSmallLoaderRequiresThePanelOnlyWhereTheLinkIs() {
        Element item = elements("web-item").stream()
                .filter(e -> e.getAttribute("key").equals("social-notifications")).findFirst().orElseThrow();
        assertThat(item.getAttribute("section")).isEqualTo("system.top.navigation.bar");
        assertThat(children(item, "link").get(0).getAttribute("linkId")).isEqualTo("social-itsm-notifications");
        assertThat(children(item, "link").get(0).getTextContent().trim()).isEqualTo("/plugins/servlet/social/feed");
        assertThat(children(item, "condition").stream().map(e -> e.getAttribute("class")))
                .containsExactly("com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition");
        assertThat(children(item, "label").get(0).getAttribute("key")).isEqualTo("socialitsm.nav.notifications");

        Element loader = webResource(HEADER_WEB_RESOURCE);
        assertThat(children(loader, "dependency")).as("nothing more on every page").isEmpty();
        assertThat(locations(HEADER_WEB_RESOURCE)).containsExactly(HEADER_SCRIPT);
        assertThat(ClasspathFiles.read(HEADER_SCRIPT))
                .contains("'social-itsm-notifications'", "WRM.require",
                        "'wr!" + PluginKeys.PLUGIN_KEY + ":" + HEADER_PANEL_WEB_RESOURCE + "'",
                        "'notifications'", "social-itsm:mount")
                .as("it never builds HTML").doesNotContain("innerHTML", "insertAdjacentHTML", "outerHTML");

        Element panel = webResource(HEADER_PANEL_WEB_RESOURCE);
        assertThat(children(panel, "context")).as("required by the loader, never by a context").isEmpty();
        assertThat(children(panel, "dependency").stream().map(e -> e.getTextContent().trim()))
                .containsExactly(PluginKeys.PLUGIN_KEY + ":" + SocialAssets.BOOT_WEB_RESOURCE);
        assertThat(locations(HEADER_PANEL_WEB_RESOURCE)).containsExactly(WEB_CSS + "/follow.css");
        assertThat(ClasspathFiles.read(WEB_JS + "/notifications.js")).contains("register('notifications'");
    }

    @Test
    void theIssueViewsOwnTextGetsItsHashtagsLinkedByAClassicScriptThatRunsAgainOnNewContent() {
        Element issueText = webResource(ISSUE_TEXT_WEB_RESOURCE);
        assertThat(children(issueText, "context").stream().map(e -> e.getTextContent().trim()))
                .containsExactly(SocialAssets.ISSUE_VIEW_CONTEXT);
        assertThat(children(issueText, "dependency").stream().map(e -> e.getTextContent().trim()))
                .as("the boot loads main.js, whose linkify.js links what the script marks")
                .containsExactlyInAnyOrder(PluginKeys.PLUGIN_KEY + ":" + SocialAssets.BOOT_WEB_RESOURCE,
                        "jira.webresources:jira-events");
        List<Element> scripts = children(issueText, "resource");
        assertThat(scripts).hasSize(1);
        assertThat(scripts.get(0).getAttribute("name")).isEqualTo(ISSUE_TEXT_SCRIPT);
        assertThat(scripts.get(0).getAttribute("location")).isEqualTo(ISSUE_TEXT_SCRIPT);
        assertThat(ClasspathFiles.read(ISSUE_TEXT_SCRIPT))
                .contains("NEW_CONTENT_ADDED", "#description-val", ".action-body", "data-social-hashtag-text",
                        "social-itsm:mount")
                .as("it never builds HTML").doesNotContain("innerHTML", "insertAdjacentHTML", "outerHTML");
        assertThat(ClasspathFiles.read(WEB_JS + "/main.js")).contains("linkifyHashtags");
        assertThat(ClasspathFiles.read(WEB_JS + "/linkify.js")).contains("data-social-hashtag-text", "'PRE'",
                "'CODE'", "'TT'", "'A'").doesNotContain("innerHTML", "insertAdjacentHTML", "outerHTML");
    }

    @Test
    void theBootIsOneWebResourceWithTheTextsAsWrmDataAndAScriptThatRemountsOnNewContent() {
        Element boot = webResource(SocialAssets.BOOT_WEB_RESOURCE);
        assertThat(children(boot, "context")).as("included only as the contexts' dependency").isEmpty();
        assertThat(children(boot, "dependency").stream().map(e -> e.getTextContent().trim()))
                .contains("jira.webresources:jira-events");
        List<Element> data = children(boot, "data");
        assertThat(data).hasSize(1);
        assertThat(data.get(0).getAttribute("key")).isEqualTo(SocialAssets.BOOT_DATA);
        assertThat(data.get(0).getAttribute("class")).isEqualTo(SocialBootDataProvider.class.getName());
        assertThat(SocialAssets.bootDataKey()).isEqualTo(PluginKeys.PLUGIN_KEY + ":social-boot.boot");
        List<Element> scripts = children(boot, "resource");
        assertThat(scripts).hasSize(1);
        assertThat(scripts.get(0).getAttribute("name")).isEqualTo(SocialAssets.BOOT_SCRIPT);
        assertThat(scripts.get(0).getAttribute("location")).isEqualTo(SocialAssets.BOOT_SCRIPT);
        assertThat(ClasspathFiles.read(SocialAssets.BOOT_SCRIPT))
                .contains(SocialAssets.bootDataKey()).contains("NEW_CONTENT_ADDED");
        assertThat(elements("data")).as("one data provider: the texts travel once per page").hasSize(1);
    }

    @Test
    void everyPanelThePanelsAndPagesMountIsOneTheFrontEndRegisters() throws IOException {
        Set<String> registered = new TreeSet<>();
        for (String script : ClasspathFiles.list(WEB_JS)) {
            Matcher panel = REGISTERED_PANEL.matcher(ClasspathFiles.read(script));
            while (panel.find()) {
                registered.add(panel.group(1));
            }
        }
        Set<String> mounted = new TreeSet<>();
        for (Path template : templates()) {
            Matcher panel = TEMPLATE_PANEL.matcher(Files.readString(template));
            while (panel.find()) {
                mounted.add(panel.group(1));
            }
        }
        for (SocialPage page : SocialPage.values()) {
            mounted.add(page.panel());
        }
        assertThat(mounted).contains("issue-hashtags", "issue-votes", "issue-follow", "issue-kudos",
                "issue-questions", "feed", "trending", "hashtag-page", "leaderboard", "user-profile", "questions",
                "question", "admin");

        assertThat(PENDING_PANELS).hasSizeLessThanOrEqualTo(MAX_PENDING);
        for (String pending : PENDING_PANELS) {
            assertThat(registered).as("%s is registered now: remove it from PENDING_PANELS", pending)
                    .doesNotContain(pending);
        }
        Set<String> missing = new TreeSet<>(mounted);
        missing.removeAll(registered);
        assertThat(missing).as("panels mounted but registered by no front-end module")
                .containsExactlyInAnyOrderElementsOf(PENDING_PANELS);
    }

    @Test
    void theCustomerPortalGetsTheKnownIssuesPanelInItsSubheaderForSignedInUsers() throws IOException {
        Element panel = elements("web-panel").stream()
                .filter(e -> e.getAttribute("key").equals("social-portal-known-issues")).findFirst().orElseThrow();
        assertThat(panel.getAttribute("location")).isEqualTo("servicedesk.portal.subheader");
        assertThat(children(panel, "condition")).extracting(e -> e.getAttribute("class"))
                .containsExactly("com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition");
        String location = children(panel, "resource").get(0).getAttribute("location");
        String template = Files.readString(templates().stream()
                .filter(path -> path.toString().replace('\\', '/').endsWith(location)).findFirst().orElseThrow());
        assertThat(template).contains("data-social-panel=\"portal-known-issues\"");
        assertThat(locations(PORTAL_WEB_RESOURCE)).containsExactly(WEB_CSS + "/portal.css");
    }

    @Test
    void theCustomerPortalGetsTheCommunityQuestionsInItsFooterForSignedInUsers() throws IOException {
        Element panel = elements("web-panel").stream()
                .filter(e -> e.getAttribute("key").equals("social-portal-questions")).findFirst().orElseThrow();
        assertThat(panel.getAttribute("location")).isEqualTo("servicedesk.portal.footer");
        assertThat(children(panel, "condition")).extracting(e -> e.getAttribute("class"))
                .containsExactly("com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition");
        String location = children(panel, "resource").get(0).getAttribute("location");
        String template = Files.readString(templates().stream()
                .filter(path -> path.toString().replace('\\', '/').endsWith(location)).findFirst().orElseThrow());
        assertThat(template).contains("data-social-panel=\"portal-questions\"");
    }

    /** JSM DC has no public location on the request view: thanks sits in the portal's footer (docs/portal.md). */
    @Test
    void theCustomerPortalGetsTheThanksListInItsFooterAboveTheQuestionsForSignedInUsers() throws IOException {
        Element panel = elements("web-panel").stream()
                .filter(e -> e.getAttribute("key").equals("social-portal-thanks")).findFirst().orElseThrow();
        Element questions = elements("web-panel").stream()
                .filter(e -> e.getAttribute("key").equals("social-portal-questions")).findFirst().orElseThrow();
        assertThat(panel.getAttribute("location")).isEqualTo("servicedesk.portal.footer");
        assertThat(Integer.parseInt(panel.getAttribute("weight")))
                .isLessThan(Integer.parseInt(questions.getAttribute("weight")));
        assertThat(children(panel, "condition")).extracting(e -> e.getAttribute("class"))
                .containsExactly("com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition");
        String location = children(panel, "resource").get(0).getAttribute("location");
        String template = Files.readString(templates().stream()
                .filter(path -> path.toString().replace('\\', '/').endsWith(location)).findFirst().orElseThrow());
        assertThat(template).contains("data-social-panel=\"portal-thanks-list\"");
    }

    @Test
    void noTemplateThatMountsPanelsCarriesAScriptOrTheTexts() throws IOException {
        int mounting = 0;
        for (Path template : templates()) {
            String text = Files.readString(template);
            if (!TEMPLATE_PANEL.matcher(text).find() && !text.contains("data-social-panel=\"$")) {
                continue;
            }
            mounting++;
            // The Web Resource Manager brings the boot script and the texts, once per page (social-boot).
            assertThat(text).as(template.getFileName().toString()).doesNotContain("<script")
                    .doesNotContain("$boot").doesNotContain("data-social-i18n").doesNotContain("data-social-main");
        }
        // The issue view's two panels, the pages' renderer, the portal's known issues, its community questions, its
        // idea boards (#19) and its thanks list.
        assertThat(mounting).isEqualTo(7);
    }

    @Test
    void theSpringContextNamesRealClassesConstructorsFactoryMethodsAndBeans() throws Exception {
        PluginBeans beans = new PluginBeans();
        for (Element bean : beans.xmlBeans()) {
            List<Element> args = children(bean, "constructor-arg");
            if (!bean.getAttribute("factory-bean").isEmpty()) {
                assertThat(beans.all()).containsKey(bean.getAttribute("factory-bean"));
                assertThat(args).isEmpty();
            } else {
                Class<?> type = load(bean.getAttribute("class"));
                if (!bean.getAttribute("factory-method").isEmpty()) {
                    assertThat(Modifier.isStatic(type.getMethod(bean.getAttribute("factory-method")).getModifiers()))
                            .isTrue();
                } else {
                    assertThat(Arrays.stream(type.getConstructors()).map(Constructor::getParameterCount))
                            .as(type.getName()).contains(args.size());
                }
            }
            for (Element arg : args) {
                if (!arg.getAttribute("ref").isEmpty()) {
                    assertThat(beans.all()).as(bean.getAttribute("id")).containsKey(arg.getAttribute("ref"));
                }
            }
        }
        assertThat(beans.assignableTo(com.socialitsm.app.SocialApp.class)).containsExactly("socialApp");
        assertThat(beans.assignableTo(com.socialitsm.store.Store.class)).containsExactly("aoStore");
        assertThat(beans.assignableTo(java.time.Clock.class)).containsExactly("clock");
        assertThat(beans.assignableTo(com.socialitsm.engine.SocialEngine.class))
                .as("the engine is the app's, not a second one").isEmpty();
    }

    @Test
    void everyBeanAndEveryModuleClassIsBuiltFromExactlyOneBeanPerConstructorParameter() throws Exception {
        PluginBeans beans = new PluginBeans();
        Set<Class<?>> built = new LinkedHashSet<>();
        beans.all().values().stream().filter(type -> type.getName().startsWith("com.socialitsm.jira."))
                .forEach(built::add);
        for (String module : List.of("servlet", "context-provider", "jql-function", "customfield-type",
                "customfield-searcher", "user-key-change-handler", "activity-streams-provider", "data")) {
            elements(module).forEach(element -> built.add(load(element.getAttribute("class"))));
        }
        assertThat(built).hasSizeGreaterThan(15);
        for (Class<?> type : built) {
            if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
                continue;
            }
            List<Constructor<?>> injectable = Arrays.stream(type.getConstructors())
                    .filter(c -> c.isAnnotationPresent(jakarta.inject.Inject.class)).toList();
            Constructor<?> constructor = injectable.isEmpty() ? type.getConstructors()[0] : injectable.get(0);
            assertThat(injectable.size() == 1 || type.getConstructors().length == 1)
                    .as("%s has one constructor to build it with", type.getSimpleName()).isTrue();
            for (Class<?> parameter : constructor.getParameterTypes()) {
                assertThat(beans.assignableTo(parameter)).as("beans for %s(%s ...)", type.getSimpleName(),
                        parameter.getSimpleName()).hasSize(1);
            }
        }
    }

    @Test
    void activityStreamsTypesStayOutOfTheSpringContextSoTheAppStartsWithoutActivityStreams() throws Exception {
        // The streams packages are optional imports: no bean may need them, only the provider module's class.
        List<Element> providers = elements("activity-streams-provider");
        assertThat(providers).hasSize(1);
        Class<?> provider = load(providers.get(0).getAttribute("class"));
        assertThat(provider.isAnnotationPresent(Named.class)).as("the provider is built by its module, not scanned")
                .isFalse();
        for (Map.Entry<String, Class<?>> bean : new PluginBeans().all().entrySet()) {
            Class<?> type = bean.getValue();
            List<Class<?>> used = new ArrayList<>();
            Arrays.stream(type.getDeclaredFields()).map(java.lang.reflect.Field::getType).forEach(used::add);
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                used.addAll(Arrays.asList(constructor.getParameterTypes()));
            }
            for (Method method : type.getDeclaredMethods()) {
                used.add(method.getReturnType());
                used.addAll(Arrays.asList(method.getParameterTypes()));
            }
            assertThat(used).as("bean %s", bean.getKey())
                    .noneMatch(usedType -> usedType.getName().startsWith("com.atlassian.streams."));
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Element webResource(String key) {
        return elements("web-resource").stream().filter(e -> e.getAttribute("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no web-resource " + key));
    }

    private static List<String> locations(String webResourceKey) {
        return children(webResource(webResourceKey), "resource").stream().map(r -> r.getAttribute("location")).toList();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(basedir.resolve("src/main/resources/templates"))) {
            return files.filter(p -> p.toString().endsWith(".vm")).toList();
        }
    }

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
        collectKeysIn(List.of(basedir.resolve("src/main/java"), basedir.resolve("src/main/resources/templates")),
                used, false);
        // The web module's Java and (devhost) templates, read from its sources beside this module. Only its social.*
        // keys: a "socialitsm.*" string there is something else (a system property's name).
        collectKeysIn(List.of(basedir.resolve("../web/src/main/java"),
                basedir.resolve("../web/src/main/resources/templates")), used, true);
        // The front end as packaged.
        for (String script : ClasspathFiles.list(WEB_JS)) {
            collectKeys(ClasspathFiles.read(script), used);
        }
        return used;
    }

    private static void collectKeys(String text, Set<String> used) {
        Matcher key = KEY_LITERAL.matcher(text);
        while (key.find()) {
            used.add(key.group(1));
        }
    }

    private static void collectKeysIn(List<Path> dirs, Set<String> used, boolean frontEndKeysOnly) throws IOException {
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Set<String> found = new TreeSet<>();
                    collectKeys(Files.readString(file), found);
                    found.stream().filter(key -> !frontEndKeysOnly || !key.startsWith("socialitsm."))
                            .forEach(used::add);
                }
            }
        }
    }

    private static Map<String, Properties> bundles() throws IOException {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        for (String name : ClasspathFiles.list("i18n")) {
            String file = name.substring("i18n/".length());
            if (!file.matches("social-itsm(_\\w+)?\\.properties")) {
                continue;
            }
            Properties properties = new Properties();
            // Bundles must be ASCII with \\u escapes, so that any reader (ISO-8859-1 or UTF-8) gets the same text.
            String text = ClasspathFiles.read(name);
            assertThat(text.chars().allMatch(c -> c < 128)).as(file + " is ASCII").isTrue();
            properties.load(new java.io.StringReader(text));
            bundles.put(file, properties);
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
