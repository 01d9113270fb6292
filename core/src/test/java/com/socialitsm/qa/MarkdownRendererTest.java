package com.socialitsm.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown renders to useful HTML, and every payload of an XSS corpus in the style of OWASP's filter evasion cheat
 * sheet comes out harmless, whether it arrives as Markdown or as raw HTML straight at the sanitizer.
 */
class MarkdownRendererTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    static Stream<String> xssCorpus() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
                "<script/xss src=\"https://evil.example/a.js\"></script>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"x\" onerror=\"alert(1)\">",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;1&#41;>",
                "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28;1&#x29>",
                "<IMG SRC=\"jav\tascript:alert('XSS');\">",
                "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<svg/onload=alert(1)//",
                "<body onload=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe src=https://evil.example></iframe>",
                "<IFRAME SRC=# onmouseover=\"alert(document.cookie)\"></IFRAME>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
                "<a href=\"&#106;avascript:alert(1)\">click</a>",
                "<a href=\"java&#x09;script:alert(1)\">click</a>",
                "<a href=\"vbscript:msgbox(1)\">click</a>",
                "<a href=\"data:text/html,<script>alert(1)</script>\">click</a>",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">click</a>",
                "<a href=\"https://ok.example\" style=\"position:fixed;top:0\">overlay</a>",
                "<div style=\"width: expression(alert('XSS'));\">x</div>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<style>@import 'https://evil.example/x.css';</style>",
                "<link rel=stylesheet href=https://evil.example/x.css>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1);\">",
                "<base href=\"javascript:alert(1)//\">",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<details open ontoggle=alert(1)>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
                "<!-- --!><script>alert(1)</script> -->",
                "<![CDATA[<script>alert(1)</script>]]>",
                "<div><p><b onmouseover=alert(1)>nested<i>broken</b></i>",
                "<img \"\"\"><script>alert(1)</script>\">",
                "<<img src=x onerror=alert(1)>>",
                "[x](javascript:alert(1))",
                "[x](JAVASCRIPT:alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x](javascript&#58;alert(1))",
                "[x](<javascript:alert(1)>)",
                "[x](vbscript:msgbox(1))",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[x]( javascript:alert(1) \"title\")",
                "[x][ref]\n\n[ref]: javascript:alert(1)",
                "![img](javascript:alert(1))",
                "![img](data:image/png;base64,iVBORw0KGgo=)",
                "![x\" onerror=\"alert(1)](https://ok.example/a.png)",
                "[x](https://ok.example/\" onclick=\"alert(1))",
                "<javascript:alert(1)>",
                "<JAVASCRIPT:alert(1)>",
                "<data:text/html,<script>alert(1)</script>>",
                "<vbscript:msgbox(1)>",
                "```html\n<script>alert(1)</script>\n```",
                "`<img src=x onerror=alert(1)>`",
                "    <script>alert(1)</script>",
                "> <script>alert(1)</script>",
                "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
                "# <svg onload=alert(1)>",
                "* [x](javascript:alert(1))\n* <iframe src=x>",
                "```\" onmouseover=\"alert(1)\n code\n```",
                "```javascript:alert(1)\ncode\n```");
    }

    @ParameterizedTest
    @MethodSource("xssCorpus")
    void markdownPayloadsRenderHarmless(String payload) {
        assertHarmless(markdown.render(payload));
    }

    @ParameterizedTest
    @MethodSource("xssCorpus")
    void rawHtmlPayloadsAreStrippedByTheSanitizerAlone(String payload) {
        String html = MarkdownRenderer.sanitize(payload);

        assertHarmless(html);
        // Without the Markdown layer nothing is escaped into text, so nothing of the attack may survive at all.
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("onerror=", "onload=", "onclick=", "onmouseover=",
                "ontoggle=", "expression(");
    }

    @Test
    void rawHtmlInMarkdownShowsAsTextInsteadOfDisappearing() {
        assertThat(markdown.render("Run `ssh` against <host> then <b>restart</b>"))
                .isEqualTo("<p>Run <code>ssh</code> against &lt;host&gt; then &lt;b&gt;restart&lt;/b&gt;</p>\n");
    }

    @Test
    void ordinaryMarkdownKeepsItsStructure() {
        String html = markdown.render("""
                # Heading
                Some *emphasis*, **strong** and ~~gone~~ text.

                1. one
                2. two

                - item

                > quoted

                ```java
                int x = 1 < 2 ? 1 : 0;
                ```

                | a | b |
                |:--|--:|
                | 1 | 2 |
                """);

        assertThat(html).contains("<h1>Heading</h1>", "<em>emphasis</em>", "<strong>strong</strong>",
                "<del>gone</del>", "<ol>", "<li>one</li>", "<ul>", "<blockquote>",
                "<pre><code class=\"language-java\">int x &#61; 1 &lt; 2 ? 1 : 0;", "<table>", "<th align=\"left\">",
                "<td align=\"right\">2</td>");
    }

    @Test
    void linksGetNofollowNoopenerNoreferrer() {
        String html = markdown.render("See [the KB](https://kb.example/vpn) and <https://status.example>.");

        assertThat(html).contains("href=\"https://kb.example/vpn\"", "href=\"https://status.example\"");
        assertThat(tags(html)).filteredOn(tag -> tag.startsWith("<a "))
                .hasSize(2)
                .allSatisfy(tag -> assertThat(tag).containsPattern("rel=\"[^\"]*\"")
                        .contains("nofollow", "noopener", "noreferrer"));
    }

    @Test
    void imagesBecomeLinksSoNothingLoadsByItselfAndDataUrlsGo() {
        // Inside Jira an external image would be a tracking pixel (#21): the reader chooses to open it.
        String diagram = markdown.render("![network *diagram*](https://kb.example/d.png \"Floor 3\")");
        assertThat(diagram).doesNotContain("<img")
                .contains("href=\"https://kb.example/d.png\"", "title=\"Floor 3\"", "network <em>diagram</em></a>")
                .contains("nofollow");
        assertThat(markdown.render("![x](data:image/png;base64,iVBORw0KGgo=)")).doesNotContain("data:", "<img");
        assertThat(MarkdownRenderer.sanitize("<p><img src=\"https://tracker.example/p.gif\"></p>"))
                .doesNotContain("<img");
    }

    @Test
    void emptyMarkdownRendersNothing() {
        assertThat(markdown.render("")).isEmpty();
        assertThat(markdown.render("  \n ")).isEmpty();
        assertThat(markdown.render(null)).isEmpty();
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?i)\\b(?:href|src)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern FORBIDDEN_ELEMENT =
            Pattern.compile("(?i)^</?(script|iframe|object|embed|style|link|meta|base|form|input|svg|math|body)\\b");

    /**
     * Harmless means: no dangerous element anywhere, and no event handler, style or script URL in any tag. Text may
     * still show a payload's letters (escaped, e.g. {@code &lt;img onerror=...&gt;}) — that is text, not markup,
     * which is why these checks look inside tags.
     */
    static void assertHarmless(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "<iframe", "<svg", "<object", "<embed", "<style", "<body");
        for (String tag : tags(html)) {
            assertThat(tag).doesNotContainPattern("(?i)\\son\\w+\\s*=")
                    .doesNotContainPattern("(?i)style\\s*=")
                    .doesNotContainPattern("(?i)javascript:|vbscript:");
            assertThat(FORBIDDEN_ELEMENT.matcher(tag).find()).as("forbidden element " + tag).isFalse();
            Matcher url = URL_ATTRIBUTE.matcher(tag);
            while (url.find()) {
                String target = decodeEntities(url.group(1)).replaceAll("[\\s\\x00-\\x1f]", "")
                        .toLowerCase(Locale.ROOT);
                assertThat(target).as("URL in " + tag)
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
            }
        }
    }

    static List<String> tags(String html) {
        List<String> tags = new ArrayList<>();
        Matcher matcher = TAG.matcher(html);
        while (matcher.find()) {
            tags.add(matcher.group());
        }
        return tags;
    }

    private static String decodeEntities(String text) {
        Matcher entity = Pattern.compile("&#(x?)([0-9a-fA-F]+);?").matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            int codePoint = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
            entity.appendReplacement(decoded, Matcher.quoteReplacement(Character.toString(codePoint)));
        }
        entity.appendTail(decoded);
        return decoded.toString().replace("&colon;", ":").replace("&amp;", "&");
    }
}
