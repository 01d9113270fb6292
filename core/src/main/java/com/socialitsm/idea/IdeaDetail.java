package com.socialitsm.idea;

import java.util.List;
import java.util.Objects;

/**
 * An idea's page for one viewer: the idea, its body as sanitized HTML, the public reason of its status, its comments
 * (oldest first), whether the viewer is an agent of its project (may set the status, turn it into an issue) and
 * whether the viewer follows it (gets its status changes in their feed).
 *
 * @param statusBy the agent who set the current status, or "" for an idea still as submitted
 */
public record IdeaDetail(Idea idea, String body, String bodyHtml, String statusReason, String statusBy,
                         List<IdeaComment> comments, boolean agent, boolean following) {
    public IdeaDetail {
        Objects.requireNonNull(idea, "idea");
        body = body == null ? "" : body;
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        statusReason = statusReason == null ? "" : statusReason;
        statusBy = statusBy == null ? "" : statusBy;
        comments = List.copyOf(comments);
    }
}
