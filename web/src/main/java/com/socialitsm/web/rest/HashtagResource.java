package com.socialitsm.web.rest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;

import com.socialitsm.app.SocialApp;
import com.socialitsm.hashtag.HashtagRefusals;
import com.socialitsm.hashtag.HashtagService;
import com.socialitsm.hashtag.TagPage;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.settings.Feature;
import com.socialitsm.web.CurrentUser;

/**
 * Hashtags: extract them from a text, read and edit an issue's tags, autocomplete, a tag's page and trending tags.
 * Reads may be anonymous where the host lets anonymous users browse; edits need a user who may browse the issue.
 */
@Path("hashtags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class HashtagResource {
    /** The most text POST /hashtags/extract reads, and POST /hashtags/ranges in all its texts: 1 MB of UTF-8. */
    public static final int MAX_TEXT_BYTES = 1 << 20;
    /** Texts one POST /hashtags/ranges may send (the front end sends a page's texts in batches below it). */
    public static final int MAX_TEXTS_PER_REQUEST = 500;
    /** Tags one request may add to an issue. */
    static final int MAX_TAGS_PER_REQUEST = 20;
    /** A prefix longer than the longest tag (and its sign) can match nothing. */
    static final int MAX_PREFIX_LENGTH = 65;
    static final int DEFAULT_TRENDING_HOURS = 24;
    static final int DEFAULT_TAG_DAYS = 90;

    private final HashtagService hashtags;
    private final SocialApp app;
    private final CurrentUser currentUser;
    private final FeatureGate gate;

    public HashtagResource(SocialApp app, CurrentUser currentUser) {
        this.app = Objects.requireNonNull(app);
        this.hashtags = app.hashtags();
        this.currentUser = Objects.requireNonNull(currentUser);
        this.gate = new FeatureGate(app);
    }

    /** The normalized tags of a text, in order of first appearance, without duplicates. */
    @POST
    @Path("extract")
    public HashtagListJson extract(HashtagTextJson body) {
        String text = Requests.requireBody(body).text();
        if (text == null) {
            throw ApiException.badRequest("text is required.");
        }
        if (utf8LengthExceeds(text, MAX_TEXT_BYTES)) {
            throw new ApiException(413, "too_large", "text must be at most 1 MB (1,048,576 bytes of UTF-8).");
        }
        return new HashtagListJson(hashtags.extractTags(text));
    }

    /**
     * Where the hashtags of each text stand, for the front end to turn them into links: the texts are what the page
     * already shows, and the answer holds nothing but positions and tags. A POST (the texts do not fit a URL), so,
     * like every POST, for signed-in users only.
     */
    @POST
    @Path("ranges")
    public HashtagRangesJson ranges(HashtagTextsJson body) {
        List<String> texts = Requests.requireBody(body).texts();
        if (texts == null || texts.stream().anyMatch(Objects::isNull)) {
            throw ApiException.badRequest("texts is required: a list of strings.");
        }
        if (texts.size() > MAX_TEXTS_PER_REQUEST) {
            throw ApiException.badRequest("texts holds at most " + MAX_TEXTS_PER_REQUEST + " texts.");
        }
        if (utf8LengthExceeds(String.join("", texts), MAX_TEXT_BYTES)) {
            throw new ApiException(413, "too_large", "texts must be at most 1 MB (1,048,576 bytes of UTF-8) together.");
        }
        return new HashtagRangesJson(texts.stream()
                .map(text -> hashtags.occurrences(text).stream().map(HashtagRangesJson.RangeJson::of).toList())
                .toList());
    }

    @AnonymousSiteAccess
    @GET
    @Path("issue/{key}")
    public IssueHashtagsJson issueTags(@PathParam("key") String issueKey) {
        return IssueHashtagsJson.of(Outcomes.value(hashtags.issueTags(currentUser.userKey(), issueKey)));
    }

    /** Adds tags by hand: {@code {"tags": ["vpn", "#Outage"]}}; all or none. */
    @POST
    @Path("issue/{key}")
    public IssueHashtagsJson addTags(@PathParam("key") String issueKey, TagsJson body) {
        String user = Requests.requireUser(currentUser);
        List<String> tags = Requests.requireBody(body).tags();
        if (tags == null || tags.isEmpty()) {
            throw Outcomes.exception(HashtagRefusals.invalidTag(List.of()));
        }
        if (tags.size() > MAX_TAGS_PER_REQUEST) {
            throw ApiException.badRequest("At most " + MAX_TAGS_PER_REQUEST + " tags can be added at once.");
        }
        gate.requireOnForIssue(Feature.HASHTAGS, user, issueKey);
        return IssueHashtagsJson.of(Outcomes.value(hashtags.addTags(user, issueKey, tags)));
    }

    @DELETE
    @Path("issue/{key}/{tag}")
    public IssueHashtagsJson removeTag(@PathParam("key") String issueKey, @PathParam("tag") String tag) {
        String user = Requests.requireUser(currentUser);
        gate.requireOnForIssue(Feature.HASHTAGS, user, issueKey);
        return IssueHashtagsJson.of(Outcomes.value(hashtags.removeTag(user, issueKey, tag)));
    }

    /** Tags starting with {@code q} (empty: any), most used first, counted over what the caller may see. */
    @AnonymousSiteAccess
    @GET
    @Path("suggest")
    public List<TagSuggestionJson> suggest(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        Requests.maxLength("q", q, MAX_PREFIX_LENGTH);
        return hashtags.suggest(currentUser.userKey(), q == null ? "" : q, Requests.limit(limit)).stream()
                .map(TagSuggestionJson::of).toList();
    }

    @AnonymousSiteAccess
    @GET
    @Path("trending")
    public List<TrendingTagJson> trending(@QueryParam("hours") String hours, @QueryParam("limit") String limit,
                                          @QueryParam("project") String project) {
        int window = hours(hours);
        int size = Requests.limit(limit);
        Optional<Long> projectId = Optional.empty();
        if (project != null && !project.isBlank()) {
            ProjectRef found = app.issues().projectByKey(project.strip())
                    .filter(p -> app.access().canBrowseProject(currentUser.userKey(), p.id()))
                    .orElseThrow(() -> ApiException.notFound("There is no such project, or you may not see it."));
            projectId = Optional.of(found.id());
        }
        return hashtags.trending(currentUser.userKey(), window, size, projectId).stream()
                .map(TrendingTagJson::of).toList();
    }

    /** A tag's page: visible count, followers, related tags and issues, newest first, with a cursor. */
    @AnonymousSiteAccess
    @GET
    @Path("{tag}")
    public TagPageJson tagPage(@PathParam("tag") String tag, @QueryParam("limit") String limit,
                               @QueryParam("cursor") String cursor) {
        int size = Requests.limit(limit);
        Optional<String> from = cursor == null || cursor.isBlank() ? Optional.empty() : Optional.of(cursor.strip());
        TagPage page = Outcomes.value(hashtags.tagPage(currentUser.userKey(), tag, size, from));
        // Chatter is counted per tag only, never per issue or project: the same number whether or not the tag is on
        // issues the viewer may not see (for such a tag the page is the "unseen" one, named as typed).
        Instant now = app.clock().instant();
        int chatter = app.listening().chatter().count(page.tag(), now.minus(Duration.ofHours(DEFAULT_TRENDING_HOURS)),
                now);
        return TagPageJson.of(page, chatter);
    }

    /** A tag's issues per day over the last {@code days} days (90 by default), as the viewer may see them. */
    @AnonymousSiteAccess
    @GET
    @Path("{tag}/days")
    public TagDaysJson tagDays(@PathParam("tag") String tag, @QueryParam("days") String days) {
        int span = DEFAULT_TAG_DAYS;
        if (days != null && !days.isBlank()) {
            try {
                span = Integer.parseInt(days.strip());
            } catch (NumberFormatException e) {
                span = 0;
            }
            if (span < 1 || span > HashtagService.MAX_TAG_DAYS) {
                throw ApiException.badRequest("days must be a number between 1 and " + HashtagService.MAX_TAG_DAYS
                        + ".");
            }
        }
        return TagDaysJson.of(Outcomes.value(hashtags.tagDays(currentUser.userKey(), tag, span)));
    }

    private static int hours(String hours) {
        if (hours == null || hours.isBlank()) {
            return DEFAULT_TRENDING_HOURS;
        }
        try {
            int value = Integer.parseInt(hours.strip());
            if (value >= 1 && value <= HashtagService.MAX_TRENDING_HOURS) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("hours must be a number between 1 and " + HashtagService.MAX_TRENDING_HOURS
                + ".");
    }

    /** Whether the text's UTF-8 encoding is longer than {@code max} bytes, without encoding short texts. */
    private static boolean utf8LengthExceeds(String text, int max) {
        if (text.length() > max) {
            return true;
        }
        if ((long) text.length() * 3 <= max) {
            return false;
        }
        return text.getBytes(StandardCharsets.UTF_8).length > max;
    }
}
