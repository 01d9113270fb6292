package com.socialitsm.web.rest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import com.socialitsm.app.SocialApp;
import com.socialitsm.hashtag.HashtagService;
import com.socialitsm.hashtag.RaisedProblem;
import com.socialitsm.hashtag.SpikeAlerts;
import com.socialitsm.hashtag.SpikeSettings;
import com.socialitsm.host.IssueCreation;
import com.socialitsm.web.CurrentUser;

/**
 * The spike settings an admin sets ({@code GET/PUT /admin/spikes}): alert window, thresholds (global and per tag),
 * cooldown, alert project, and the issue type and link type of a problem raised from a spike; answers carry the
 * newest alerts.
 */
@AdminOnly
@Path("admin/spikes")
@Produces(MediaType.APPLICATION_JSON)
public final class SpikeAdminResource {
    static final int RECENT_ALERTS = 20;

    private final HashtagService hashtags;
    private final CurrentUser currentUser;

    public SpikeAdminResource(SocialApp app, CurrentUser currentUser) {
        this.hashtags = Objects.requireNonNull(app).hashtags();
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    /** GET/PUT /admin/spikes: the settings; {@code alerts} (newest first) only in answers. */
    public record SpikeSettingsJson(Boolean enabled, Integer hours, Double threshold, Integer minCount,
                                    Integer cooldownHours, Map<String, Double> tagThresholds, String alertProject,
                                    String problemIssueType, String problemLinkType, List<AlertJson> alerts) {
        static SpikeSettingsJson of(SpikeSettings s, List<SpikeAlerts.Alert> alerts) {
            return new SpikeSettingsJson(s.enabled(), s.hours(), s.threshold(), s.minCount(), s.cooldownHours(),
                    s.tagThresholds(), s.alertProject().orElse(""), s.problemIssueType(), s.problemLinkType(),
                    alerts.stream().map(AlertJson::of).toList());
        }
    }

    /** One posted alert. */
    public record AlertJson(String tag, long projectId, int count, double expected, double score, int hours,
                            String at, String text) {
        static AlertJson of(SpikeAlerts.Alert a) {
            return new AlertJson(a.tag(), a.projectId(), a.count(), a.expected(), a.score(), a.hours(),
                    a.firedAt().toString(), a.text());
        }
    }

    @GET
    public SpikeSettingsJson settings() {
        Optional<String> user = Optional.of(Requests.requireUser(currentUser));
        SpikeSettings settings = Outcomes.value(hashtags.spikeSettings(user));
        return SpikeSettingsJson.of(settings, hashtags.spikeAlerts().recent(RECENT_ALERTS));
    }

    /** Fields left out keep their value; {@code tagThresholds} sets the tags given (0 removes a tag's own). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SpikeSettingsJson update(SpikeSettingsJson request) {
        Optional<String> user = Optional.of(Requests.requireUser(currentUser));
        SpikeSettingsJson body = Requests.requireBody(request);
        SpikeSettings now = Outcomes.value(hashtags.spikeSettings(user));
        SpikeSettings wanted;
        try {
            wanted = new SpikeSettings(
                    body.enabled() == null ? now.enabled() : body.enabled(),
                    body.hours() == null ? now.hours() : body.hours(),
                    body.threshold() == null ? now.threshold() : body.threshold(),
                    body.minCount() == null ? now.minCount() : body.minCount(),
                    body.cooldownHours() == null ? now.cooldownHours() : body.cooldownHours(),
                    body.tagThresholds() == null ? Map.of() : body.tagThresholds(),
                    body.alertProject() == null ? now.alertProject()
                            : Optional.of(body.alertProject().trim()).filter(p -> !p.isEmpty()),
                    body.problemIssueType() == null ? now.problemIssueType() : body.problemIssueType().trim(),
                    body.problemLinkType() == null ? now.problemLinkType() : body.problemLinkType().trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.badRequest(e.getMessage() == null ? "Invalid settings." : e.getMessage());
        }
        SpikeSettings saved = Outcomes.value(hashtags.updateSpikeSettings(user, wanted));
        return SpikeSettingsJson.of(saved, hashtags.spikeAlerts().recent(RECENT_ALERTS));
    }
}
