package com.socialitsm.web.rest;

import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;

import com.socialitsm.activity.FeedCursor;
import com.socialitsm.activity.FeedFilter;
import com.socialitsm.activity.FeedQuery;
import com.socialitsm.activity.FeedService;
import com.socialitsm.app.SocialApp;
import com.socialitsm.follow.FollowService;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.follow.TargetType;
import com.socialitsm.qa.QuestionService;
import com.socialitsm.web.CurrentUser;

/**
 * The activity stream: {@code GET /feed?limit&cursor&filter} is the caller's personal feed (filter all, issues,
 * hashtags or people); {@code GET /feed/suggestions} what to follow next; {@code GET /feed/{type}/{id}} the recent
 * activity of one issue, hashtag, user or project (a tag page, a profile). Everything is filtered by what the caller
 * may browse.
 */
@Path("/feed")
@Produces(MediaType.APPLICATION_JSON)
public final class FeedResource {
    private static final int DEFAULT_SUGGESTIONS = 5;
    private static final int MAX_SUGGESTIONS = 20;

    private final FeedService feeds;
    private final FollowService follows;
    private final QuestionService questions;
    private final CurrentUser currentUser;

    public FeedResource(SocialApp app, CurrentUser currentUser) {
        this.feeds = app.feed();
        this.follows = app.follows();
        this.questions = app.questions();
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @GET
    public FeedPageJson feed(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @QueryParam("filter") String filter) {
        String user = Requests.requireUser(currentUser);
        FeedQuery query = query(limit, cursor, filter);
        return FeedPageJson.of(feeds.feed(Optional.of(user), query), questions);
    }

    @GET
    @Path("suggestions")
    public FollowSuggestionsJson suggestions(@QueryParam("limit") String limit) {
        String user = Requests.requireUser(currentUser);
        int count = Requests.limit(limit, DEFAULT_SUGGESTIONS);
        return FollowSuggestionsJson.of(feeds.suggestions(Optional.of(user), Math.min(count, MAX_SUGGESTIONS)));
    }

    @AnonymousSiteAccess
    @GET
    @Path("{type}/{id}")
    public FeedPageJson stream(@PathParam("type") String type, @PathParam("id") String id,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        FeedQuery query = query(limit, cursor, null);
        TargetType targetType = FollowResource.type(type);
        FollowTarget target = follows.visibleTarget(currentUser.userKey(), targetType, id)
                .orElseGet(() -> Outcomes.value(FollowService.notFound(targetType)));
        return FeedPageJson.of(feeds.stream(currentUser.userKey(), target, query), questions);
    }

    private static FeedQuery query(String limit, String cursor, String filter) {
        int size = Requests.limit(limit);
        Optional<FeedCursor> from = Optional.empty();
        if (cursor != null && !cursor.isEmpty()) {
            from = Optional.of(FeedCursor.decode(cursor).orElseThrow(() ->
                    ApiException.badRequest("cursor is not one this feed handed out.")));
        }
        FeedFilter only = filter == null || filter.isEmpty() ? FeedFilter.ALL : FeedFilter.fromCode(filter)
                .orElseThrow(() -> ApiException.badRequest("filter must be all, issues, hashtags or people."));
        return new FeedQuery(size, from, only);
    }
}
