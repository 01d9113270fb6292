package com.socialitsm.devhost.tracker;

import com.socialitsm.host.ProjectRef;

/** A demo project. */
public record TrackerProject(long id, String key, String name, String description, String lead, boolean restricted) {

    public ProjectRef toProjectRef() {
        return new ProjectRef(id, key, name);
    }
}
