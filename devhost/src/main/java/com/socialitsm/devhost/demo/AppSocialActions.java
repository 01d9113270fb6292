package com.socialitsm.devhost.demo;

import java.util.Objects;

import com.socialitsm.engine.SocialApp;
import com.socialitsm.follow.FollowResult;
import com.socialitsm.follow.TargetType;
import com.socialitsm.kudos.KudosResult;
import com.socialitsm.vote.VoteResult;

/**
 * {@link SocialActions} through the app's feature services, as their REST resources call them. When a feature lands
 * in {@link SocialApp}, override its method here (one call to its service): the demo script already uses it.
 */
public final class AppSocialActions implements SocialActions {
    private final SocialApp app;

    public AppSocialActions(SocialApp app) {
        this.app = Objects.requireNonNull(app);
    }

    @Override
    public boolean follow(String user, String type, String id) {
        TargetType target = TargetType.fromCode(type)
                .orElseThrow(() -> new IllegalArgumentException("No follow target type " + type));
        return app.follows().follow(user, target, id) instanceof FollowResult.Done;
    }

    @Override
    public boolean vote(String user, String issueKey) {
        return app.votes().vote(user, issueKey).result() == VoteResult.VOTED;
    }

    @Override
    public boolean kudos(String from, String to, String issueKey, String message) {
        return app.kudos().give(from, to, issueKey, message).result() == KudosResult.GIVEN;
    }
}
