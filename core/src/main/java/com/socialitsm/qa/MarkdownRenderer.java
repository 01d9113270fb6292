package com.socialitsm.qa;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns the Markdown people write in questions and answers into HTML that is safe to insert into a Jira page.
 * Two independent layers, so that a bug in one is not an XSS hole:
 * <ol>
 *   <li>CommonMark renders with raw HTML <em>escaped</em> (an IT question such as "ssh &lt;host&gt;" shows its text
 *       instead of losing it to a tag) and link/image URLs restricted to http, https and mailto;</li>
 *   <li>the OWASP sanitizer then lets through only the elements CommonMark produces for ordinary Markdown
 *       (paragraphs, headings, lists, code, blockquotes, emphasis, tables, links, http(s) images), with no event
 *       handlers, no style, no javascript:/data:/vbscript: URLs, and {@code rel="nofollow noopener noreferrer"} on
 *       every link.</li>
 * </ol>
 * The Markdown source is what we store; HTML is derived from it whenever it is shown, so a stricter policy applies
 * to old posts as soon as it ships. Thread-safe: one instance serves every request.
 */
public final class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), StrikethroughExtension.create());
    private static final List<String> URL_PROTOCOLS = List.of("http", "https", "mailto");
    private static final Pattern CODE_LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern CELL_ALIGNMENT = Pattern.compile("left|center|right");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
                    "pre", "code", "em", "strong", "del", "table", "thead", "tbody", "tr", "th", "td")
            // A link or image whose URL was refused keeps its text but loses the element: an empty href would link
            // to the page itself, an empty src would make the browser fetch the page as an image.
            .allowElements(MarkdownRenderer::onlyWithUrl, "a", "img")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
            .allowAttributes("class").matching(CODE_LANGUAGE_CLASS).onElements("code")
            .allowAttributes("align").matching(CELL_ALIGNMENT).onElements("th", "td")
            .allowUrlProtocols(URL_PROTOCOLS.toArray(String[]::new))
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(URL_PROTOCOLS))
            .build();

    /** Safe HTML for this Markdown; empty for empty input. */
    public String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return sanitize(renderer.render(parser.parse(markdown)));
    }

    private static String onlyWithUrl(String element, List<String> attributes) {
        String urlAttribute = "img".equals(element) ? "src" : "href";
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(urlAttribute) && !attributes.get(i + 1).isBlank()) {
                return element;
            }
        }
        return null;
    }

    /** The second layer alone: whatever HTML comes in, only the allow-listed markup comes out. */
    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
