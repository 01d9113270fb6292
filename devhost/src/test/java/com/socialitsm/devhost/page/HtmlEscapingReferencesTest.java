package com.socialitsm.devhost.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class HtmlEscapingReferencesTest {

    @Test
    void everyReferenceIsEscapedUnlessItsNameSaysHtmlOrJson() {
        HtmlEscapingReferences escaping = new HtmlEscapingReferences();
        String evil = "<img src=x onerror=\"alert('x')\">&";
        assertThat(escaping.referenceInsert("$summary", evil))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;");
        assertThat(escaping.referenceInsert("$issue.summary()", evil)).isNotEqualTo(evil);
        assertThat(escaping.referenceInsert("$!{user.displayName}", evil)).isNotEqualTo(evil);
        assertThat(escaping.referenceInsert("$i18n.text('social.x')", evil)).isNotEqualTo(evil);
        assertThat(escaping.referenceInsert("$i18nJson", "{\"a\":1}")).isEqualTo("{\"a\":1}");
        assertThat(escaping.referenceInsert("${bodyHtml}", "<p>ok</p>")).isEqualTo("<p>ok</p>");
        assertThat(escaping.referenceInsert("$q.bodyHtml()", "<p>ok</p>")).isEqualTo("<p>ok</p>");
        assertThat(escaping.referenceInsert("$x", null)).isNull();
    }

    @Test
    void templatesRenderUserTextEscaped() {
        String html = new PageRenderer().render("templates/devhost/error.vm", Map.of(
                "errorTitle", "<script>alert(1)</script>", "errorText", "a & b",
                "i18n", com.socialitsm.web.page.I18nBundle.load(getClass().getClassLoader(), java.util.Locale.ENGLISH)));
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("a &amp; b")
                .doesNotContain("<script>");
    }
}
