package com.socialitsm.tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the hashtags in Jira issue text: twitter-text's grammar ({@code #vpn}, {@code #日本語}, not
 * {@code #123}, not {@code abc#def}), outside the markup where a {@code #} means something else —
 * {code} and {noformat} blocks, {{monospace}}, Markdown code, URLs, wiki link targets and macro
 * parameters such as {color:#d04437} — and not where the sign is code pasted into prose:
 * {@code dataSource="#mysql-ds"}, {@code #close()}, {@code #KEY=value}, commit ids and colours with a
 * digit ({@code #f04ae77015c}, {@code #d04437}), {@code #include} and other preprocessor directives at a
 * line start.
 *
 * <p>Stateless and thread-safe. One pass over the text, linear in its length whatever the input; the
 * caller bounds the length (the REST API takes at most 1 MB).
 */
public final class HashtagExtractor {

    /** The longest tag, and the longest display spelling, in UTF-16 units. */
    public static final int MAX_TAG_LENGTH = 64;

    /** The grammar in one sentence, for every answer that refuses a tag (whichever feature refuses it). */
    public static final String RULE = "A hashtag is 1 to 64 letters, digits and underscores (in any script), with at "
            + "least one letter and no spaces or punctuation; a leading # is optional, case does not matter.";

    public HashtagExtractor() {
    }

    /**
     * The distinct hashtags of a text, by normalized tag, in order of first appearance; each carries the
     * spelling and position of its first occurrence.
     */
    public List<ExtractedHashtag> extract(CharSequence text) {
        return collect(text, true);
    }

    /** The distinct normalized tags of a text, in order of first appearance. */
    public List<String> extractTags(CharSequence text) {
        List<ExtractedHashtag> hashtags = extract(text);
        List<String> tags = new ArrayList<>(hashtags.size());
        for (ExtractedHashtag hashtag : hashtags) {
            tags.add(hashtag.tag());
        }
        return tags;
    }

    /**
     * The normalized tag for what a user typed as a tag ({@code vpn}, {@code #vpn}, {@code VPN} all give
     * {@code vpn}), or empty when it is not one hashtag: surrounding whitespace and one leading sign are
     * allowed, everything else must be hashtag characters with at least one letter (and invisible characters
     * between them, as in extracted text), at most
     * {@link #MAX_TAG_LENGTH} long before and after normalization. Every tag this class extracts is
     * accepted and returned unchanged.
     */
    public static Optional<String> normalizeTag(String userInput) {
        if (userInput == null) {
            return Optional.empty();
        }
        String body = userInput.strip();
        if (!body.isEmpty() && HashtagGrammar.isHashSign(body.charAt(0))) {
            body = body.substring(1);
        }
        return HashtagGrammar.isHashtagBody(body) ? HashtagGrammar.tagOf(body) : Optional.empty();
    }

    /**
     * Every hashtag occurrence, repeats included, in text order: what twitter-text's extractor returns, and where the
     * front end turns a tag into a link (each with its own spelling and position).
     */
    public List<ExtractedHashtag> occurrences(CharSequence text) {
        return collect(text, false);
    }

    /** The regions of a text that are markup, where no hashtag is looked for, in text order. */
    List<TextRange> markup(CharSequence text) {
        List<TextRange> regions = new ArrayList<>();
        JiraTextScanner.scan(text.toString(), new JiraTextScanner.Listener() {
            @Override
            public void hashtag(int start, int end) {
            }

            @Override
            public void markup(int start, int end) {
                regions.add(new TextRange(start, end));
            }
        });
        return regions;
    }

    private static List<ExtractedHashtag> collect(CharSequence text, boolean distinct) {
        String string = Objects.requireNonNull(text, "text").toString();
        List<ExtractedHashtag> found = new ArrayList<>();
        Set<String> seen = distinct ? new HashSet<>() : null;
        JiraTextScanner.scan(string, (start, end) -> {
            String display = string.substring(start + 1, end);
            HashtagGrammar.tagOf(display)
                    .filter(tag -> seen == null || seen.add(tag))
                    .ifPresent(tag -> found.add(new ExtractedHashtag(tag, display, start, end)));
        });
        return found;
    }

    /** A half-open range of UTF-16 indexes. */
    record TextRange(int start, int end) {
    }
}
