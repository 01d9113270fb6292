package com.socialitsm.web.rest;

import java.time.Instant;
import java.util.List;

import com.socialitsm.idea.BoardOpening;
import com.socialitsm.idea.Idea;
import com.socialitsm.idea.IdeaDetail;
import com.socialitsm.idea.IdeaPage;

/**
 * What portal customers read of an idea board an agent opened to them: titles, descriptions, statuses with their
 * public reasons and vote counts. No user keys and no comments (those are the licensed users' conversation).
 */
public final class PortalIdeaJson {
    private PortalIdeaJson() {
    }

    /** A line of the portal's board. */
    public record Row(long id, String title, String status, int votes, boolean voted, Instant createdAt) {
        static Row of(Idea idea) {
            return new Row(idea.id(), idea.title(), idea.status().code(), idea.votes(), idea.voted(),
                    idea.createdAt());
        }
    }

    /** A page of the board; {@code next} is the {@code cursor} of the next page, or null. */
    public record Page(List<Row> items, String next) {
        static Page of(IdeaPage page) {
            return new Page(page.items().stream().map(Row::of).toList(), page.next().orElse(null));
        }
    }

    /** An idea as a customer reads it; {@code bodyHtml} sanitized by the server. */
    public record Detail(long id, String title, String bodyHtml, String status, String statusReason, int votes,
                         boolean voted, Instant createdAt) {
        static Detail of(IdeaDetail detail) {
            Idea idea = detail.idea();
            return new Detail(idea.id(), idea.title(), detail.bodyHtml(), idea.status().code(),
                    detail.statusReason().isEmpty() ? null : detail.statusReason(), idea.votes(), idea.voted(),
                    idea.createdAt());
        }
    }

    /** Whether a project's board is open to its portal (agents change it with {@code {"open": true|false}}). */
    public record Opening(String project, boolean hasPortal, boolean openToPortal, boolean agent) {
        static Opening of(BoardOpening opening) {
            return new Opening(opening.projectKey(), opening.hasPortal(), opening.openToPortal(), opening.agent());
        }
    }

    public record OpenRequest(Boolean open) {
    }

    /** Whether the portal shows an idea board. */
    public record PortalBoard(boolean open) {
    }
}
