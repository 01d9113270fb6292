package com.socialitsm.web.rest;

import java.util.List;
import java.util.Objects;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.socialitsm.activity.NotificationService;
import com.socialitsm.activity.Notifications;
import com.socialitsm.app.SocialApp;
import com.socialitsm.web.CurrentUser;

/**
 * Notifications: {@code GET /notifications?limit} is the caller's unread count and newest items (what reached their
 * feed since they last read it, permission-filtered as the feed is); {@code GET /notifications/count} the count alone
 * (every page's header); {@code POST /notifications/read {"upTo": id}} marks everything up to that item read.
 */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
public final class NotificationResource {
    private static final int DEFAULT_LIMIT = 10;

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    public NotificationResource(SocialApp app, CurrentUser currentUser) {
        this.notifications = app.notifications();
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    /** {@code {"unread", "more", "lastRead", "items": [{"unread", "item": feed item}]}}. */
    public record NotificationsJson(int unread, boolean more, long lastRead, List<ItemJson> items) {
        static NotificationsJson of(Notifications notifications) {
            return new NotificationsJson(notifications.unread(), notifications.more(), notifications.lastRead(),
                    notifications.items().stream().map(i -> new ItemJson(i.item().id(), i.unread(),
                            FeedItemJson.of(i.item()))).toList());
        }
    }

    /** One notification: the feed item's id, whether it is unread, and the feed item as {@code GET /feed} has it. */
    public record ItemJson(long id, boolean unread, FeedItemJson item) {
    }

    /** The count alone: {@code more} when there are more than {@code unread} (the header shows "99+"). */
    public record CountJson(int unread, boolean more) {
        static CountJson of(NotificationService.Unread unread) {
            return new CountJson(unread.count(), unread.more());
        }
    }

    /** The body of {@code POST /notifications/read}. */
    public record ReadRequest(Long upTo) {
    }

    @GET
    public NotificationsJson list(@QueryParam("limit") String limit) {
        String user = Requests.requireUser(currentUser);
        return NotificationsJson.of(notifications.notifications(user, Requests.limit(limit, DEFAULT_LIMIT)));
    }

    @GET
    @Path("count")
    public CountJson count() {
        return CountJson.of(notifications.unread(Requests.requireUser(currentUser)));
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    public CountJson read(ReadRequest request) {
        String user = Requests.requireUser(currentUser);
        if (request == null || request.upTo() == null || request.upTo() < 0) {
            throw ApiException.badRequest("upTo must be the id of a notification (a whole number of at least 0).");
        }
        return CountJson.of(notifications.markRead(user, request.upTo()));
    }
}
