package com.socialitsm.jira.streams;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.streams.api.ActivityVerb;
import com.atlassian.streams.api.ActivityVerbs;
import com.atlassian.streams.api.Html;
import com.atlassian.streams.api.StreamsEntry;
import com.atlassian.streams.api.UserProfile;
import com.atlassian.streams.api.common.ImmutableNonEmptyList;
import com.atlassian.streams.api.common.Option;

import com.socialitsm.activity.FeedItem;
import com.socialitsm.activity.Person;
import com.socialitsm.activity.Verb;
import com.socialitsm.web.page.I18nBundle;
import com.socialitsm.web.page.SocialPage;

/**
 * Turns feed items into Activity Streams entries: "alice commented on SD-12 - VPN down", with the people linked to
 * their Social ITSM profile pages and the issue to Jira's issue view, in the viewer's language (the front end's
 * {@code social.verb.*} sentences, so both say the same). Every piece of user text is HTML-escaped here, because the
 * gadget inserts {@link Html} as markup.
 */
final class StreamsEntries {
    /** Stands in for the n-th HTML part while a translated sentence is escaped (a private-use character). */
    private static final char PART_MARKER = '\uE000';

    private final String baseUrl;
    private final I18nBundle bundle;
    private final String applicationType;
    private final I18nResolver i18nResolver;

    /**
     * @param baseUrl         Jira's base URL, without a trailing slash
     * @param applicationType what the entries say they come from (Jira's display name, as the SDK's sample does)
     */
    StreamsEntries(String baseUrl, I18nBundle bundle, String applicationType, I18nResolver i18nResolver) {
        this.baseUrl = baseUrl;
        this.bundle = bundle;
        this.applicationType = applicationType;
        this.i18nResolver = i18nResolver;
    }

    StreamsEntry entry(FeedItem item) {
        URI link = item.issueKey().map(this::issueUri)
                .orElseGet(() -> item.projectKey().isEmpty() ? page(SocialPage.FEED) : projectUri(item.projectKey()));
        Html title = new Html(title(item));
        Option<Html> summary = item.text().isBlank() ? Option.none()
                : Option.some(new Html(escape(shorten(item.text(), StreamsEntry.Renderer.SUMMARY_LIMIT))));
        StreamsEntry.Renderer renderer = new StreamsEntry.Renderer() {
            @Override
            public Html renderTitleAsHtml(StreamsEntry entry) {
                return title;
            }

            @Override
            public Option<Html> renderSummaryAsHtml(StreamsEntry entry) {
                return summary;
            }

            @Override
            public Option<Html> renderContentAsHtml(StreamsEntry entry) {
                return Option.none();
            }
        };
        String objectId = item.issueKey().orElse(item.projectKey());
        StreamsEntry.ActivityObject object = new StreamsEntry.ActivityObject(StreamsEntry.ActivityObject.params()
                .id(objectId.isEmpty() ? "activity-" + item.id() : objectId)
                .title(Option.some(item.summary().isBlank() ? objectId : item.summary()))
                .alternateLinkUri(link));
        return new StreamsEntry(StreamsEntry.params()
                .id(URI.create(page(SocialPage.FEED) + "#activity-" + item.id()))
                .postedDate(item.at().atZone(ZoneOffset.UTC))
                .alternateLinkUri(link)
                .applicationType(applicationType)
                .renderer(renderer)
                .verb(verb(item.verb()))
                .authors(authors(item))
                .addActivityObject(object), i18nResolver);
    }

    /** Who did what where, as HTML: the verb's sentence, and "3 times" for a burst of one person's doing. */
    private String title(FeedItem item) {
        String where = item.issueKey()
                .map(key -> link(issueUri(key), key) + (item.summary().isBlank() ? "" : " - " + escape(item.summary())))
                .orElseGet(() -> item.projectKey().isEmpty() ? "" : link(projectUri(item.projectKey()),
                        item.projectKey()));
        String whom = item.subject().map(this::person).orElse("");
        String title = sentence(verbKey(item), actors(item), where, whom);
        if (item.count() > 1 && item.count() > actorsOf(item).size()) {
            title += " <span class=\"social-streams-times\">" + escape(bundle.text("social.feed.times", item.count()))
                    + "</span>";
        }
        return title;
    }

    private String actors(FeedItem item) {
        List<Person> actors = actorsOf(item);
        if (actors.size() == 1) {
            return person(actors.get(0));
        }
        if (actors.size() == 2) {
            return sentence("social.feed.actors.two", person(actors.get(0)), person(actors.get(1)));
        }
        return sentence("social.feed.actors.many", person(actors.get(0)), escape(String.valueOf(actors.size() - 1)));
    }

    private static List<Person> actorsOf(FeedItem item) {
        return item.actors().isEmpty() ? List.of(item.actor()) : item.actors();
    }

    /** The same choice of sentence as the front end's feed (follow.js verbKey). */
    private static String verbKey(FeedItem item) {
        if (item.verb() == Verb.ASSIGNED && item.subject().isEmpty()) {
            return "social.verb.unassigned";
        }
        return "social.verb." + item.verb().code();
    }

    private static ActivityVerb verb(Verb verb) {
        return switch (verb) {
            case CREATED, COMMENTED, ASKED, ANSWERED, POLL, SPIKING, RAISED, MENTIONED, KNOWN_ISSUE -> ActivityVerbs.post();
            case UPVOTED, KUDOS, ACCEPTED, VISITED -> ActivityVerbs.like();
            case ASSIGNED, RESOLVED, REOPENED, TAGGED, IDEA_STATUS -> ActivityVerbs.update();
        };
    }

    private ImmutableNonEmptyList<UserProfile> authors(FeedItem item) {
        List<UserProfile> profiles = actorsOf(item).stream().map(this::profile).toList();
        return ImmutableNonEmptyList.of(profiles.get(0),
                profiles.subList(1, profiles.size()).toArray(new UserProfile[0]));
    }

    private UserProfile profile(Person person) {
        return new UserProfile.Builder(person.key())
                .fullName(displayName(person))
                .profilePageUri(Option.some(userUri(person.key())))
                .profilePictureUri(absolute(person.avatarUrl()))
                .build();
    }

    /**
     * A translated sentence as HTML: its own text escaped, its {@code {n}} filled with the given HTML parts. The parts
     * go in as markers first, so that escaping the sentence cannot touch them.
     */
    private String sentence(String key, String... htmlParts) {
        Object[] markers = IntStream.range(0, htmlParts.length).mapToObj(i -> String.valueOf((char) (PART_MARKER + i)))
                .toArray();
        String escaped = escape(bundle.text(key, markers));
        // One pass, so that a part containing a marker character is never itself filled in.
        StringBuilder html = new StringBuilder(escaped.length() + 64);
        for (int i = 0; i < escaped.length(); i++) {
            int part = escaped.charAt(i) - PART_MARKER;
            if (part >= 0 && part < htmlParts.length) {
                html.append(htmlParts[part]);
            } else {
                html.append(escaped.charAt(i));
            }
        }
        return html.toString();
    }

    private String person(Person person) {
        return "<a class=\"activity-item-user\" href=\"" + escape(userUri(person.key()).toString()) + "\">"
                + escape(displayName(person)) + "</a>";
    }

    private static String link(URI uri, String text) {
        return "<a href=\"" + escape(uri.toString()) + "\">" + escape(text) + "</a>";
    }

    private static String displayName(Person person) {
        return person.displayName().isBlank() ? person.key() : person.displayName();
    }

    private URI issueUri(String issueKey) {
        return URI.create(baseUrl + "/browse/" + encode(issueKey));
    }

    private URI projectUri(String projectKey) {
        return URI.create(baseUrl + "/browse/" + encode(projectKey));
    }

    private URI userUri(String userKey) {
        return URI.create(baseUrl + SocialPage.USER_PROFILE.path() + "/" + encode(userKey));
    }

    private URI page(SocialPage page) {
        return URI.create(baseUrl + page.path());
    }

    private static Option<URI> absolute(String url) {
        try {
            URI uri = url == null || url.isBlank() ? null : URI.create(url);
            return uri != null && uri.isAbsolute() ? Option.some(uri) : Option.none();
        } catch (IllegalArgumentException e) {
            return Option.none();
        }
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "\u2026";
    }

    /** Text as HTML: the five characters that could end an element or an attribute value, as entities. */
    private static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
