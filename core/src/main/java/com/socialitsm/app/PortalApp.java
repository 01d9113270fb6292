package com.socialitsm.app;

import java.util.Objects;

import com.socialitsm.host.CustomerPortals;
import com.socialitsm.idea.PortalIdeaBoards;
import com.socialitsm.knownissue.KnownIssueService;
import com.socialitsm.knownissue.TagPromotion;
import com.socialitsm.kudos.PortalThanks;
import com.socialitsm.qa.MarkdownRenderer;
import com.socialitsm.qa.PortalQuestions;

/**
 * The portal features' composition root, beside {@link SocialApp}: given the app and the host's
 * {@link CustomerPortals} (JSM in Jira, {@link CustomerPortals#NONE} without it) it builds the services customers
 * reach. Kept apart from {@code SocialApp} so that a host without a portal builds nothing extra, and so that the
 * portal is one optional part of every host.
 */
public final class PortalApp {
    private final SocialApp app;
    private final CustomerPortals portals;
    private final KnownIssueService knownIssues;
    private final TagPromotion tagPromotion;
    private final PortalThanks thanks;
    private final PortalQuestions questions;
    private final PortalIdeaBoards ideaBoards;

    public PortalApp(SocialApp app, CustomerPortals portals) {
        this.app = Objects.requireNonNull(app);
        this.portals = Objects.requireNonNull(portals);
        this.knownIssues = new KnownIssueService(app.store(), app.clock(), app.issues(), app.access(), portals,
                app.activity());
        this.tagPromotion = new TagPromotion(knownIssues, app.hashtags(), portals, app.issues());
        this.thanks = new PortalThanks(app.store(), app.clock(), app.issues(), app.users(), portals, app.activity());
        this.questions = new PortalQuestions(app.store(), app.clock(), portals, app.users(), new MarkdownRenderer(),
                app.issues(), app.access());
        this.ideaBoards = new PortalIdeaBoards(app.ideas(), app.settings(), app.issues(), app.access(), portals);
    }

    public SocialApp app() {
        return app;
    }

    public CustomerPortals portals() {
        return portals;
    }

    public KnownIssueService knownIssues() {
        return knownIssues;
    }

    /** "Make known issue" from a trending tag: its spike's problem, published as a known issue in one action. */
    public TagPromotion tagPromotion() {
        return tagPromotion;
    }

    /** Customers thank the agents of their requests (kudos). */
    public PortalThanks thanks() {
        return thanks;
    }

    /** The portal's community Q&amp;A. */
    public PortalQuestions questions() {
        return questions;
    }

    /** Idea boards an agent opened to the portal's customers. */
    public PortalIdeaBoards ideaBoards() {
        return ideaBoards;
    }
}
