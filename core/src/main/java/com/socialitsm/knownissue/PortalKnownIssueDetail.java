package com.socialitsm.knownissue;

import java.util.List;
import java.util.Objects;

/** One known issue on the portal with its public updates, newest first. */
public record PortalKnownIssueDetail(PortalKnownIssue issue, List<PublicUpdate> updates) {
    public PortalKnownIssueDetail {
        Objects.requireNonNull(issue, "issue");
        updates = List.copyOf(updates);
    }
}
