package com.socialitsm.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.webresource.api.UrlMode;
import com.atlassian.webresource.api.WebResourceUrlProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.jira.ClasspathFiles;
import com.socialitsm.jira.PluginKeys;
import com.socialitsm.web.page.FrontEndLimits;
import com.socialitsm.web.page.SocialPage;

class SocialAssetsTest {
    private static final String MAIN_URL = "/jira/s/abc/1.0/_/download/resources/" + PluginKeys.PLUGIN_KEY
            + ":social-modules/js/main.js";

    private final WebResourceUrlProvider urls = mock(WebResourceUrlProvider.class);
    private final SocialTexts texts = new SocialTexts();
    private final SocialAssets assets = new SocialAssets(urls);
    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final SocialBootDataProvider bootData = new SocialBootDataProvider(assets, texts, authenticationContext);

    @Test
    void mainJsIsTheVersionedUrlOfItsResourceInTheModulesWebResource() {
        when(urls.getStaticPluginResourceUrl(PluginKeys.PLUGIN_KEY + ":social-modules", "js/main.js",
                UrlMode.RELATIVE)).thenReturn(MAIN_URL);

        assertThat(assets.mainScriptUrl()).isEqualTo(MAIN_URL);
    }

    @Test
    void withoutAResourceUrlThereIsNoScriptToLoad() {
        assertThat(assets.mainScriptUrl()).isEmpty();
    }

    @Test
    void theAdminPageRequiresTheAdminContextAndEveryOtherPageThePagesContext() {
        for (SocialPage page : SocialPage.values()) {
            assertThat(SocialAssets.contextOf(page)).as(page.id())
                    .isEqualTo(page.adminOnly() ? "social-itsm.admin" : "social-itsm.pages");
        }
        assertThat(SocialPage.values()).anyMatch(SocialPage::adminOnly);
    }

    @Test
    void theBootDataIsMainJsAndTheSocialTextsOfTheViewersLanguageAsOneJsonObject() throws IOException {
        when(urls.getStaticPluginResourceUrl(PluginKeys.PLUGIN_KEY + ":social-modules", "js/main.js",
                UrlMode.RELATIVE)).thenReturn(MAIN_URL);
        when(authenticationContext.getLocale()).thenReturn(Locale.GERMANY);

        JsonNode data = bootData();

        assertThat(data.get("main").asText()).isEqualTo(MAIN_URL);
        Map<String, String> german = texts.frontEndTexts(Locale.GERMANY);
        assertThat(data.get("i18n").size()).isEqualTo(german.size());
        assertThat(data.get("i18n").get("social.follow.follow").asText()).isEqualTo(german.get("social.follow.follow"))
                .isNotEqualTo(texts.frontEndTexts(Locale.ENGLISH).get("social.follow.follow"));
    }

    @Test
    void theBootDataCarriesEveryInputLimitOfTheServerUnderItsFrontEndName() throws IOException {
        JsonNode limits = bootData().get("limits");

        assertThat(FrontEndLimits.values()).isNotEmpty();
        assertThat(limits.size()).isEqualTo(FrontEndLimits.values().size());
        FrontEndLimits.values().forEach((name, value) -> assertThat(limits.get(name).asInt()).as(name).isEqualTo(value));
    }

    @Test
    void withoutALanguageOrAResourceUrlTheBootDataIsStillValid() throws IOException {
        JsonNode data = bootData();

        assertThat(data.get("main").asText()).isEmpty();
        assertThat(data.get("i18n").get("social.follow.follow").asText())
                .isEqualTo(texts.frontEndTexts(Locale.ENGLISH).get("social.follow.follow"));
    }

    @Test
    void theBootScriptClaimsTheDataOfTheBootWebResourceAndMountsNewContentOnTheReasonsJiraDocuments() {
        String script = ClasspathFiles.read(SocialAssets.BOOT_SCRIPT);
        String core = ClasspathFiles.read("social-itsm/js/core.js");

        assertThat(script).contains("WRM.data.claim(DATA_KEY)")
                .contains("var DATA_KEY = '" + SocialAssets.bootDataKey() + "';")
                .contains("window.SOCIAL_I18N = Object.assign(window.SOCIAL_I18N || {}, boot.i18n || {});")
                .contains("main.type = 'module';")
                .contains("events.bus.bind(events.types.NEW_CONTENT_ADDED, function (event, context, reason) {")
                .contains("[events.reasons.pageLoad || 'pageLoad', events.reasons.panelRefreshed || 'panelRefreshed']")
                // Once per page, however often WRM or a second context evaluates it.
                .contains("if (root.hasAttribute(BOOTED)");
        Matcher mountEvent = Pattern.compile("var MOUNT_EVENT = '([^']+)';").matcher(script);
        assertThat(mountEvent.find()).isTrue();
        assertThat(core).contains("export const MOUNT_EVENT = '" + mountEvent.group(1) + "';");
        assertThat(ClasspathFiles.read("social-itsm/js/main.js"))
                .contains("document.addEventListener(MOUNT_EVENT, (event) => mountAll(event.target));");
        // ES5 only: WRM and the build may minify it; the ES modules are loaded by URL instead.
        assertThat(script).doesNotContainPattern("\\b(const|let|import|export|class)\\s").doesNotContain("=>");
    }

    private JsonNode bootData() throws IOException {
        StringWriter out = new StringWriter();
        bootData.get().write(out);
        assertThat(out.toString()).doesNotContain("</");
        return new ObjectMapper().readTree(out.toString());
    }
}
