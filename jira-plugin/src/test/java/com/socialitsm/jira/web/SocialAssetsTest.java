package com.socialitsm.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.atlassian.webresource.api.UrlMode;
import com.atlassian.webresource.api.WebResourceUrlProvider;

import com.socialitsm.jira.PluginKeys;

class SocialAssetsTest {
    private final WebResourceUrlProvider urls = mock(WebResourceUrlProvider.class);
    private final SocialTexts texts = new SocialTexts();
    private final SocialAssets assets = new SocialAssets(urls, texts);

    @Test
    void mainJsIsTheVersionedUrlOfItsResourceInTheModulesWebResource() {
        when(urls.getStaticPluginResourceUrl(PluginKeys.PLUGIN_KEY + ":social-modules", "js/main.js",
                UrlMode.RELATIVE)).thenReturn("/jira/s/abc/1.0/_/download/resources/" + PluginKeys.PLUGIN_KEY
                + ":social-modules/js/main.js");

        assertThat(assets.boot(Locale.ENGLISH).mainScriptUrl()).endsWith(":social-modules/js/main.js");
    }

    @Test
    void withoutAResourceUrlTheBootHasNoScriptToLoad() {
        assertThat(assets.boot(Locale.ENGLISH).mainScriptUrl()).isEmpty();
    }

    @Test
    void theFrontEndGetsTheSocialTextsOfItsLanguageWithEnglishForMissingOnes() {
        Map<String, String> german = texts.frontEndTexts(Locale.GERMANY);
        Map<String, String> english = texts.frontEndTexts(Locale.ENGLISH);

        assertThat(english).containsKey("social.follow.follow").allSatisfy((key, text) ->
                assertThat(key).startsWith("social."));
        assertThat(german.get("social.follow.follow")).isNotEqualTo(english.get("social.follow.follow"));
        assertThat(german.keySet()).containsAll(english.keySet());
        assertThat(texts.frontEndTexts(Locale.JAPANESE)).isEqualTo(english);
    }

    @Test
    void theBootTextsAreBase64OfAJsonObjectThatSurvivesQuotesAndNewlines() {
        String json = SocialTexts.json(Map.of("social.x", "Say \"hi\"\n\\ </script>"));

        assertThat(json).isEqualTo("{\"social.x\":\"Say \\\"hi\\\"\\n\\\\ \\u003c/script\\u003e\"}");
        String decoded = new String(Base64.getDecoder().decode(texts.frontEndTextsBase64(Locale.GERMAN)),
                StandardCharsets.UTF_8);
        assertThat(decoded).startsWith("{\"social.").contains("\"social.follow.follow\":\"");
    }
}
