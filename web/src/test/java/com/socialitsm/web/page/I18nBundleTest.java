package com.socialitsm.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class I18nBundleTest {
    private static final ClassLoader LOADER = I18nBundleTest.class.getClassLoader();

    private static Properties read(String name) throws Exception {
        Properties p = new Properties();
        try (var in = LOADER.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndGermanHaveTheSameKeys() throws Exception {
        Properties en = read("i18n/social-itsm.properties");
        Properties de = read("i18n/social-itsm_de.properties");
        assertThat(de.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        de.forEach((key, value) -> assertThat((String) value).as((String) key).isNotBlank());
    }

    @Test
    void everyPageHasATitleInTheBundle() {
        I18nBundle bundle = I18nBundle.load(LOADER, Locale.ENGLISH);
        for (SocialPage page : SocialPage.values()) {
            assertThat(bundle.has(page.titleKey())).as(page.titleKey()).isTrue();
        }
        for (SocialPage page : SocialPage.navigation(true)) {
            assertThat(bundle.has("social.nav." + page.id())).as(page.id()).isTrue();
        }
    }

    @Test
    void germanOverlaysEnglishAndArgumentsAreFilledIn() {
        I18nBundle de = I18nBundle.load(LOADER, Locale.GERMAN);
        assertThat(de.text("social.nav.leaderboard")).isEqualTo("Bestenliste");
        assertThat(de.text("social.time.minutes", 5)).isEqualTo("vor 5 Min.");
        assertThat(de.text("no.such.key")).isEqualTo("no.such.key");
        assertThat(I18nBundle.load(LOADER, Locale.FRENCH).text("social.nav.leaderboard")).isEqualTo("Leaderboard");
    }

    @Test
    void scriptJsonCannotCloseTheScriptElementOrStartMarkup() {
        String json = I18nBundle.scriptSafeJsonString("</script><img src=x onerror=alert('x')> & \u2028\"\\\n");
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("'")
                .doesNotContain("\u2028").doesNotContain("\n")
                .isEqualTo("\"\\u003c/script\\u003e\\u003cimg src=x onerror=alert(\\u0027x\\u0027)\\u003e \\u0026 "
                        + "\\u2028\\\"\\\\\\n\"");
    }

    @Test
    void theWholeBundleIsOneScriptSafeJsonObject() {
        String json = I18nBundle.load(LOADER, Locale.ENGLISH).toScriptJson();
        assertThat(json).startsWith("{\"").endsWith("\"}").doesNotContain("</").contains("\"social.nav.feed\":\"Feed\"");
    }
}
