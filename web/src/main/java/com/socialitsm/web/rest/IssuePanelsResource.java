package com.socialitsm.web.rest;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.fasterxml.jackson.annotation.JsonInclude;

import com.socialitsm.app.PortalApp;
import com.socialitsm.app.SocialApp;
import com.socialitsm.settings.Feature;
import com.socialitsm.web.CurrentUser;

/**
 * {@code GET /issue/{key}/panels}: everything the issue view's panels show, in one request instead of one per panel
 * (and one for the feature switches). Each part is built by the very method that answers the panel's own endpoint, so
 * it is that endpoint's JSON by construction and the panels render it unchanged. A part whose feature is off in the
 * issue's project is left out ({@code features} says so, as {@code GET /features/issue/{key}} does). A hidden or
 * missing issue is a 404 like everywhere else.
 */
@Path("/issue")
@Produces(MediaType.APPLICATION_JSON)
public final class IssuePanelsResource {
    private final FeatureResource features;
    private final HashtagResource hashtags;
    private final VoteResource votes;
    private final FollowResource follows;
    private final KudosResource kudos;
    private final QuestionResource questions;
    private final VisitResource visits;
    private final KnownIssueResource knownIssues;

    public IssuePanelsResource(PortalApp portal, CurrentUser currentUser) {
        Objects.requireNonNull(portal);
        Objects.requireNonNull(currentUser);
        SocialApp app = portal.app();
        this.features = new FeatureResource(app, currentUser);
        this.hashtags = new HashtagResource(app, currentUser);
        this.votes = new VoteResource(app, currentUser);
        this.follows = new FollowResource(app, currentUser);
        this.kudos = new KudosResource(app, currentUser);
        // Only lists questions here, which never creates issues.
        this.questions = new QuestionResource(app, currentUser, Optional.empty());
        this.visits = new VisitResource(app, currentUser);
        this.knownIssues = new KnownIssueResource(portal, currentUser);
    }

    /**
     * The parts, each exactly what its own endpoint answers: {@code hashtags} = {@code GET /hashtags/issue/{key}},
     * {@code votes} = {@code GET /votes/issue/{key}}, {@code follow} = {@code GET /follows/issue/{key}},
     * {@code kudos} = {@code GET /kudos/issue/{key}}, {@code questions} = {@code GET /questions?issueKey={key}} (the
     * first page of the default size), {@code visits} = {@code GET /visits/issue/{key}} (with the kudos feature),
     * {@code knownIssue} = {@code GET /known-issues/issue/{key}} (no switch: it shows to the portal's agents only). A
     * part whose feature is off is absent.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IssuePanelsJson(String issueKey, Map<String, Boolean> features, IssueHashtagsJson hashtags,
                                  VoteResource.VoteJson votes, FollowJson follow, KudosJson.IssuePanel kudos,
                                  QaJson.PageJson questions, VisitResource.IssueVisitsJson visits,
                                  PortalJson.IssueKnownIssue knownIssue) {
    }

    @AnonymousSiteAccess
    @GET
    @Path("{key}/panels")
    public IssuePanelsJson panels(@PathParam("key") String issueKey) {
        // The one visibility check that decides the 404; each part below checks again, as its endpoint does.
        FeatureResource.IssueFeaturesJson issue = features.issue(issueKey);
        String key = issue.issueKey();
        Map<String, Boolean> on = issue.features();
        return new IssuePanelsJson(key, on,
                isOn(on, Feature.HASHTAGS) ? hashtags.issueTags(key) : null,
                isOn(on, Feature.VOTES) ? votes.status(key) : null,
                isOn(on, Feature.FOLLOWS) ? follows.status("issue", key) : null,
                isOn(on, Feature.KUDOS) ? kudos.issue(key) : null,
                isOn(on, Feature.QA) ? questions.list(null, key, null, null, null, null, null) : null,
                isOn(on, Feature.KUDOS) ? visits.ofIssue(key) : null,
                knownIssues.ofIssue(key));
    }

    private static boolean isOn(Map<String, Boolean> features, Feature feature) {
        return !Boolean.FALSE.equals(features.get(feature.id()));
    }
}
