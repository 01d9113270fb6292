package com.socialitsm.host;

import java.util.Objects;

/**
 * A customer portal: in Jira Service Management a service desk (its id is the portal's id in the app's REST paths and
 * in JSM's own {@code /servicedesk/customer/portal/{id}}), backed by one Jira project.
 */
public record PortalRef(long id, long projectId, String name) {
    public PortalRef {
        Objects.requireNonNull(name, "name");
    }
}
