package com.socialitsm.devhost.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.socialitsm.devhost.tracker.TrackerChange;
import com.socialitsm.devhost.tracker.TrackerComment;
import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.devhost.tracker.TrackerUser;

/**
 * Small values the templates read (Velocity calls their accessors: {@code $link.href()}). Public, because Velocity
 * only calls public methods of public types.
 */
public final class PageViews {
    private PageViews() {
    }

    /** An entry of the header navigation. */
    public record NavLink(String id, String label, String href, boolean selected) {
    }

    /** A tab of the dashboard's issue list. */
    public record FilterTab(String id, String label, String href, boolean selected) {
    }

    /** A comment with its author (who may have been deleted: then only the name is known). */
    public record CommentView(TrackerComment comment, TrackerUser author) {
    }

    /** A history entry with its author. */
    public record ChangeView(TrackerChange change, TrackerUser author) {
    }

    /** An issue in a list, with the people on it. */
    public record IssueRow(TrackerIssue issue, TrackerUser assignee, TrackerUser reporter) {
    }

    /** Helpers for building URLs and CSS class names in templates. */
    public static final class Tools {
        /** Percent-encodes a path segment or query value. */
        public String encode(String value) {
            return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
        }

        /** "Service Request" → "service-request", for CSS classes and icon names. */
        public String slug(String value) {
            return value == null ? "" : value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("(^-|-$)", "");
        }

        /** The AUI lozenge class of a status: grey while open, green when resolved. */
        public String statusLozenge(TrackerIssue issue) {
            return issue.isResolved() ? "aui-lozenge aui-lozenge-success" : "aui-lozenge aui-lozenge-subtle";
        }

        /** A colour of the user's own for generated avatars. */
        public String colour(String seed) {
            String[] palette = {"#0052CC", "#00875A", "#5243AA", "#DE350B", "#FF8B00", "#00A3BF", "#172B4D", "#6554C0"};
            return palette[Math.floorMod(seed == null ? 0 : seed.hashCode(), palette.length)];
        }
    }
}
