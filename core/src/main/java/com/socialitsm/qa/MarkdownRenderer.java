package com.socialitsm.qa;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns the Markdown people write in questions and answers into HTML that is safe to insert into a Jira page.
 * Two independent layers, so that a bug in one is not an XSS hole:
 * <ol>
 *   <li>CommonMark renders with raw HTML <em>escaped</em> (an IT question such as "ssh &lt;host&gt;" shows its text
 *       instead of losing it to a tag), link URLs restricted to http, https and mailto, and every image as a
 *       <em>link</em> to it: inside Jira no policy of ours stops an external image from loading, and an image that
 *       loads by itself tells its owner who read the question and when (a tracking pixel);</li>
 *   <li>the OWASP sanitizer then lets through only the elements CommonMark produces for ordinary Markdown
 *       (paragraphs, headings, lists, code, blockquotes, emphasis, tables, links — never {@code img}), with no event
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
            // A link whose URL was refused keeps its text but loses the element: an empty href would link to the page
            // itself.
            .allowElements(MarkdownRenderer::onlyWithUrl, "a")
            .allowAttributes("href", "title").onElements("a")
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
            .nodeRendererFactory(ImageAsLink::new)
            .build();

    /** Safe HTML for this Markdown; empty for empty input. */
    public String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return sanitize(renderer.render(parser.parse(markdown)));
    }

    private static String onlyWithUrl(String element, List<String> attributes) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals("href") && !attributes.get(i + 1).isBlank()) {
                return element;
            }
        }
        return null;
    }

    /** {@code ![alt](url "title")} as {@code <a href="url" title="title">alt</a>}, with the URL sanitized as links are. */
    private static final class ImageAsLink implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        ImageAsLink(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image image = (Image) node;
            Map<String, String> attributes = new LinkedHashMap<>();
            String url = context.urlSanitizer().sanitizeImageUrl(image.getDestination());
            attributes.put("href", context.encodeUrl(url));
            if (image.getTitle() != null) {
                attributes.put("title", image.getTitle());
            }
            HtmlWriter html = context.getWriter();
            html.tag("a", context.extendAttributes(image, "a", attributes));
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/a");
        }
    }

    /** The second layer alone: whatever HTML comes in, only the allow-listed markup comes out. */
    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
