package com.socialitsm.idea;

import java.util.List;
import java.util.Objects;

/**
 * An idea's page for one viewer: the idea, its body as sanitized HTML, the public reason of its status, its comments
 * (oldest first) and whether the viewer is an agent of its project (may set the status, turn it into an issue).
 *
 * @param statusBy the agent who set the current status, or "" for an idea still as submitted
 */
public record IdeaDetail(Idea idea, String body, String bodyHtml, String statusReason, String statusBy,
                         List<IdeaComment> comments, boolean agent) {
    public IdeaDetail {
        Objects.requireNonNull(idea, "idea");
        body = body == null ? "" : body;
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        statusReason = statusReason == null ? "" : statusReason;
        statusBy = statusBy == null ? "" : statusBy;
        comments = List.copyOf(comments);
    }
}
