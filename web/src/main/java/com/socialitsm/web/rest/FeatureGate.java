package com.socialitsm.web.rest;

import java.util.Locale;
import java.util.Optional;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.settings.Feature;
import com.socialitsm.settings.ProjectFeatures;

/**
 * Refuses a write to a feature an admin switched off for the project it touches: 409 with the error code
 * {@value #CODE}. It refuses only what the caller may see: for a hidden or missing issue or project it lets the
 * request go on, so the feature's service answers the usual 404 and never reveals that a hidden issue exists.
 */
final class FeatureGate {
    static final String CODE = "feature_off";

    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final ProjectFeatures features;

    FeatureGate(SocialApp app) {
        this.issues = app.issues();
        this.access = app.access();
        this.features = app.features();
    }

    /** For a write to {@code feature} on an issue. */
    void requireOnForIssue(Feature feature, String user, String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            return;
        }
        Optional<IssueRef> issue = issues.byKey(issueKey.trim());
        if (issue.isPresent() && access.canBrowse(Optional.of(user), issue.get().id())) {
            requireOn(feature, issue.get().projectId(), issue.get().projectKey());
        }
    }

    /** For a write to {@code feature} on a project as a whole (a project-wide question, following a project). */
    void requireOnForProject(Feature feature, String user, String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return;
        }
        Optional<ProjectRef> project = issues.projectByKey(projectKey.trim().toUpperCase(Locale.ROOT));
        if (project.isPresent() && access.canBrowseProject(Optional.of(user), project.get().id())) {
            requireOn(feature, project.get().id(), project.get().key());
        }
    }

    /** For a write to something (a question) the caller can see, in a project known by id. */
    void requireOnInProject(Feature feature, long projectId) {
        if (!features.isOn(projectId, feature)) {
            throw off(feature, issues.projectById(projectId).map(ProjectRef::key).orElse(""));
        }
    }

    private void requireOn(Feature feature, long projectId, String projectKey) {
        if (!features.isOn(projectId, feature)) {
            throw off(feature, projectKey);
        }
    }

    private static ApiException off(Feature feature, String projectKey) {
        return new ApiException(409, CODE, name(feature) + " are switched off in project " + projectKey + ".");
    }

    private static String name(Feature feature) {
        return switch (feature) {
            case HASHTAGS -> "Hashtags";
            case FOLLOWS -> "Follows";
            case VOTES -> "Votes";
            case KUDOS -> "Kudos";
            case QA -> "Questions and answers";
        };
    }
}
