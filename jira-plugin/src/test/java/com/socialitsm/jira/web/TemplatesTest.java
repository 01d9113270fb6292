package com.socialitsm.jira.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.junit.jupiter.api.Test;

/**
 * The panel and page templates rendered with Velocity 1.7 (the engine generation Jira runs; Jira adds HTML escaping
 * and the method allowlist, which DescriptorTest covers): each renders its mount points and the boot block.
 */
class TemplatesTest {
    private static final SocialBoot BOOT = new SocialBoot("/jira/s/x/_/download/resources/k:social-modules/js/main.js",
            "eyJzb2NpYWwueCI6InkifQ==");

    @Test
    void theSocialPanelMountsTheIssuesHashtagsVotesFollowAndKudosAndBoots() {
        String html = render("templates/issue-social-panel.vm", Map.of("panel", new IssuePanelModel("SD-7", "SD"),
                "boot", BOOT));

        for (String panel : new String[] {"issue-hashtags", "issue-votes", "issue-follow", "issue-kudos"}) {
            assertThat(html).contains("data-social-panel=\"" + panel + "\" data-issue-key=\"SD-7\"");
        }
        assertThat(html).contains("data-social-main=\"" + BOOT.mainScriptUrl() + "\"")
                .contains("data-social-i18n=\"" + BOOT.i18n() + "\"").contains("<script type=\"module\">");
    }

    @Test
    void theQuestionsPanelMountsTheIssuesQuestionsWithItsProject() {
        String html = render("templates/issue-questions-panel.vm", Map.of("panel", new IssuePanelModel("SD-7", "SD"),
                "boot", BOOT));

        assertThat(html).contains("data-social-panel=\"issue-questions\" data-issue-key=\"SD-7\"")
                .contains("data-project-key=\"SD\"").contains("<script type=\"module\">");
    }

    @Test
    void withoutAnIssueThePanelsRenderNothing() {
        assertThat(render("templates/issue-social-panel.vm", Map.of()).trim()).isEmpty();
        assertThat(render("templates/issue-questions-panel.vm", Map.of()).trim()).isEmpty();
    }

    @Test
    void aPageIsDecoratedByJiraAndMountsItsPanelWithItsArgumentUnderAnAssistiveHeading() {
        String html = render("templates/page.vm", Map.of("view", new PageView("Alice Smith", "", "user-profile",
                "data-user-key", "alice", "Nothing here yet."), "boot", BOOT));

        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.general\"/>")
                .contains("<title>Alice Smith</title>")
                .contains("<h1 class=\"assistive\">Alice Smith</h1>")
                .contains("<div class=\"social-panel-mount\" data-social-panel=\"user-profile\" "
                        + "data-user-key=\"alice\" data-social-placeholder=\"Nothing here yet.\"></div>")
                .contains("data-social-main=\"" + BOOT.mainScriptUrl() + "\"")
                .doesNotContain("aui-page-header");
    }

    @Test
    void aPageWithoutArgumentShowsItsHeadingAndIntroduction() {
        String html = render("templates/page.vm", Map.of("view", new PageView("Your feed", "What happened.", "feed",
                "", "", "Nothing here yet."), "boot", BOOT));

        assertThat(html).contains("<h1>Your feed</h1>").contains("<p class=\"social-page-intro\">What happened.</p>")
                .contains("<div class=\"social-panel-mount\" data-social-panel=\"feed\" "
                        + "data-social-placeholder=\"Nothing here yet.\"></div>");
    }

    private static String render(String template, Map<String, Object> values) {
        Properties properties = new Properties();
        properties.setProperty("resource.loader", "class");
        properties.setProperty("class.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        properties.setProperty("runtime.references.strict", "false");
        VelocityEngine engine = new VelocityEngine(properties);
        engine.init();
        StringWriter out = new StringWriter();
        engine.getTemplate(template, "UTF-8").merge(new VelocityContext(new java.util.HashMap<>(values)), out);
        return out.toString();
    }
}
