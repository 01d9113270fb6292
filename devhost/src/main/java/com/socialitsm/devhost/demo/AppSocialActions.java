package com.socialitsm.devhost.demo;

import java.util.Objects;

import com.socialitsm.engine.SocialApp;

/**
 * {@link SocialActions} through the app's feature services, as their REST resources call them. When a feature lands
 * in {@link SocialApp}, override its method here (one call to its service): the demo script already uses it.
 */
public final class AppSocialActions implements SocialActions {
    @SuppressWarnings("unused")
    private final SocialApp app;

    public AppSocialActions(SocialApp app) {
        this.app = Objects.requireNonNull(app);
    }
}
