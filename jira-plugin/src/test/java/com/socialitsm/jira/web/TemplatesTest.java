package com.socialitsm.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.junit.jupiter.api.Test;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.web.page.SocialPage;

/**
 * The panel and page templates rendered with Velocity 1.7 (the engine generation Jira runs) under Jira's escaping
 * rule: since Jira 6.0 every reference and method call in a template is HTML-escaped unless its name ends in "Html"
 * (https://developer.atlassian.com/server/jira/platform/jira-6-0-html-escaping-for-velocity-templates; the template
 * renderer of the page does the same, escaping whatever is not marked HTML-safe). The method allowlist is
 * DescriptorTest's. Hostile values, from the request path and from what users control (a display name, an issue
 * key), must come out as text: the same tags and attributes as with harmless values, no script, nothing evaluated.
 */
class TemplatesTest {
    private static final List<String> HOSTILE = List.of(
            "\"><script>alert(1)</script>",
            "' onmouseover='alert(1)",
            "\" onmouseover=\"alert(1)",
            "</textarea><img src=x onerror=alert(1)>",
            "</div></section></body><script src=//evil.example/x.js></script>",
            "${view.title()}",
            "$view.argument() #set($x = 1)",
            "javascript:alert(1)",
            "\u202Egnp.exe\u202C & <b>bold</b>");

    private final UserDirectory users = mock(UserDirectory.class);
    private final JiraPageRenderer renderer = new JiraPageRenderer(mock(TemplateRenderer.class),
            mock(PageBuilderService.class, RETURNS_DEEP_STUBS), new SocialTexts(), users);

    @Test
    void theSocialPanelMountsTheIssuesHashtagsVotesFollowAndKudosWithNoScript() {
        String html = render("templates/issue-social-panel.vm", Map.of("panel", new IssuePanelModel("SD-7", "SD")));

        for (String panel : new String[] {"issue-hashtags", "issue-votes", "issue-follow", "issue-kudos"}) {
            assertThat(html).contains("data-social-panel=\"" + panel + "\" data-issue-key=\"SD-7\"");
        }
        assertThat(html).doesNotContain("<script").doesNotContain("data-social-i18n");
    }

    @Test
    void theQuestionsPanelMountsTheIssuesQuestionsWithItsProject() {
        String html = render("templates/issue-questions-panel.vm", Map.of("panel", new IssuePanelModel("SD-7", "SD")));

        assertThat(html).contains("data-social-panel=\"issue-questions\" data-issue-key=\"SD-7\"")
                .contains("data-project-key=\"SD\"").doesNotContain("<script");
    }

    @Test
    void withoutAnIssueThePanelsRenderNothing() {
        assertThat(render("templates/issue-social-panel.vm", Map.of()).trim()).isEmpty();
        assertThat(render("templates/issue-questions-panel.vm", Map.of()).trim()).isEmpty();
    }

    @Test
    void aPageIsDecoratedByJiraAndMountsItsPanelWithItsArgumentUnderAnAssistiveHeading() {
        String html = render("templates/page.vm", Map.of("view", new PageView("Alice Smith", "", "user-profile",
                "data-user-key", "alice", "Nothing here yet.", false)));

        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.general\"/>")
                .contains("<title>Alice Smith</title>")
                .contains("<h1 class=\"assistive\">Alice Smith</h1>")
                .contains("<div class=\"social-panel-mount\" data-social-panel=\"user-profile\" "
                        + "data-user-key=\"alice\" data-social-placeholder=\"Nothing here yet.\"></div>")
                .doesNotContain("aui-page-header").doesNotContain("<script").doesNotContain("atl.admin");
    }

    @Test
    void aPageWithoutArgumentShowsItsHeadingAndIntroduction() {
        String html = render("templates/page.vm", Map.of("view", new PageView("Your feed", "What happened.", "feed",
                "", "", "Nothing here yet.", false)));

        assertThat(html).contains("<h1>Your feed</h1>").contains("<p class=\"social-page-intro\">What happened.</p>")
                .contains("<div class=\"social-panel-mount\" data-social-panel=\"feed\" "
                        + "data-social-placeholder=\"Nothing here yet.\"></div>");
    }

    @Test
    void theAdminPageIsFramedByJirasAdminDecoratorInTheAppsAdminSection() {
        String html = render("templates/page.vm", Map.of("view", new PageView("Social ITSM", "", "admin", "", "",
                "", true)));

        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.admin\"/>")
                .contains("<meta name=\"admin.active.section\" content=\"admin_plugins_menu/social-admin-section\"/>")
                .doesNotContain("atl.general");
    }

    @Test
    void hostilePathSegmentsReachThePageOnlyAsText() {
        String harmless = renderPage(SocialPage.HASHTAG, "vpn");
        for (String hostile : HOSTILE) {
            for (SocialPage page : List.of(SocialPage.HASHTAG, SocialPage.USER_PROFILE)) {
                String html = renderPage(page, hostile);

                assertInert(html, hostile);
                assertThat(skeleton(html)).as("%s of %s", hostile, page).isEqualTo(skeleton(page == SocialPage.HASHTAG
                        ? harmless : renderPage(page, "alice")));
            }
        }
    }

    @Test
    void aHostileDisplayNameTitlesAProfileOnlyAsText() {
        String harmless = renderPage(SocialPage.USER_PROFILE, "alice");
        for (String hostile : HOSTILE) {
            when(users.byKeyOrName("mallory")).thenReturn(Optional.of(new UserRef("mallory", hostile, "", true)));

            String html = renderPage(SocialPage.USER_PROFILE, "mallory");

            assertInert(html, hostile);
            assertThat(skeleton(html)).as(hostile).isEqualTo(skeleton(harmless));
        }
    }

    @Test
    void hostileIssueAndProjectKeysReachThePanelsOnlyAsText() {
        for (String template : List.of("templates/issue-social-panel.vm", "templates/issue-questions-panel.vm")) {
            String harmless = render(template, Map.of("panel", new IssuePanelModel("SD-7", "SD")));
            for (String hostile : HOSTILE) {
                String html = render(template, Map.of("panel", new IssuePanelModel(hostile, hostile)));

                assertInert(html, hostile);
                assertThat(skeleton(html)).as("%s in %s", hostile, template).isEqualTo(skeleton(harmless));
            }
        }
    }

    @Test
    void noTemplateOptsOutOfJirasEscaping() throws IOException {
        Path templates = Path.of(System.getProperty("jira.plugin.basedir", ".")).resolve("src/main/resources/templates");
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".vm")).toList()) {
                String text = Files.readString(template).replaceAll("(?m)^##.*$", "");
                assertThat(text).as(template.getFileName().toString())
                        // A reference named ...Html is written raw by Jira: none may exist.
                        .doesNotContainPattern("\\$!?\\{?[A-Za-z_][\\w.]*Html\\b")
                        .doesNotContain("#disable_html_escaping").doesNotContain("#evaluate")
                        .doesNotContain("<script");
            }
        }
    }

    /**
     * Nothing executable: no tag from the value, no event-handler attribute in the markup (values stay inside their
     * quotes), the value itself present as escaped text (Velocity syntax in it is not evaluated).
     */
    private static void assertInert(String html, String hostile) {
        assertThat(html).as(hostile).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("</textarea").doesNotContainIgnoringCase("<b>")
                .contains(jiraEscape(hostile));
        assertThat(skeleton(html)).as(hostile).doesNotContainPattern("(?i)\\son[a-z]+=");
    }

    private String renderPage(SocialPage page, String argument) {
        // As the servlet gets it: the path below /plugins/servlet/social, the segment still URL-encoded.
        String path = page.path().substring(SocialPage.SERVLET_PATH.length()) + "/"
                + URLEncoder.encode(argument, StandardCharsets.UTF_8).replace("+", "%20");
        SocialPage.Request resolved = SocialPage.resolve(path).orElseThrow();
        assertThat(resolved.argument()).contains(argument);
        PageView view = renderer.view(new PageRequest(resolved.page(), resolved.argument(), Optional.empty(),
                Locale.ENGLISH, ""));
        return render("templates/page.vm", Map.of("view", view));
    }

    /** The markup without its texts and attribute values: equal when no value added or broke any markup. */
    private static String skeleton(String html) {
        return html.replaceAll("=\"[^\"]*\"", "=\"\"").replaceAll(">[^<]*<", "><");
    }

    /** What Jira's escaping writes for a value (TextUtils.htmlEncode: the five HTML-significant characters). */
    static String jiraEscape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Jira's rule: escape every inserted reference unless its name ends in "Html". */
    private static final ReferenceInsertionEventHandler JIRA_ESCAPING = (reference, value) -> {
        String name = reference.replaceAll("[${}!]", "").replaceAll("\\(\\)$", "");
        return value == null || name.endsWith("Html") ? value : jiraEscape(value.toString());
    };

    private static String render(String template, Map<String, Object> values) {
        Properties properties = new Properties();
        properties.setProperty("resource.loader", "class");
        properties.setProperty("class.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        properties.setProperty("runtime.references.strict", "false");
        VelocityEngine engine = new VelocityEngine(properties);
        engine.init();
        VelocityContext context = new VelocityContext(new HashMap<>(values));
        EventCartridge escaping = new EventCartridge();
        escaping.addEventHandler(JIRA_ESCAPING);
        escaping.attachToContext(context);
        StringWriter out = new StringWriter();
        engine.getTemplate(template, "UTF-8").merge(context, out);
        return out.toString();
    }
}
