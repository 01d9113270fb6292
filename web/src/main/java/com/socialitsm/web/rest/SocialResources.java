package com.socialitsm.web.rest;

import java.util.ArrayList;
import java.util.List;

import com.socialitsm.engine.SocialApp;
import com.socialitsm.web.CurrentUser;

/**
 * Every REST resource of the app, built once per host from the engine and the host's notion of the current user.
 * The devhost registers these instances with Jersey; the Jira app builds the same list.
 */
public final class SocialResources {
    private SocialResources() {
    }

    public static List<Object> all(SocialApp app, CurrentUser currentUser) {
        List<Object> resources = new ArrayList<>();
        resources.add(new ApiExceptionMapper());
        // Feature resources are added here, one line each.
        resources.add(new FollowResource(app, currentUser));
        resources.add(new FollowRulesResource(app, currentUser));
        resources.add(new FeedResource(app, currentUser));
        resources.add(new VoteResource(app.votes(), currentUser));
        resources.add(new KudosResource(app.kudos(), currentUser));
        resources.add(new KudosAdminResource(app.kudos(), app.access(), currentUser));
        return resources;
    }
}
