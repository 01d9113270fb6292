package com.socialitsm.web.rest;

import java.util.List;

import com.socialitsm.engine.SocialApp;
import com.socialitsm.web.CurrentUser;

/**
 * Every REST resource of the app, built from the composition root and the host's idea of who is calling. Both hosts
 * register exactly these instances (the devhost in Jersey at {@code /rest/social/1.0}, the Jira app in its REST
 * module), together with {@link #providers()}. A new feature adds its resource here, one line.
 */
public final class SocialResources {

    private SocialResources() {
    }

    public static List<Object> all(SocialApp app, CurrentUser user) {
        return List.of();
    }

    /** The JAX-RS providers every host registers with the resources: the error mapper and the JSON mapping. */
    public static List<Object> providers() {
        return List.of(new ApiExceptionMapper(), new JsonMapping());
    }
}
