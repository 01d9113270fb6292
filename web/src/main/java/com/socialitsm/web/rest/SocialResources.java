package com.socialitsm.web.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.socialitsm.app.PortalApp;
import com.socialitsm.app.SocialApp;
import com.socialitsm.hashtag.BackfillJob;
import com.socialitsm.hashtag.LabelImportJob;
import com.socialitsm.host.CustomerPortals;
import com.socialitsm.host.HistoricIssues;
import com.socialitsm.host.IssueCreation;
import com.socialitsm.host.LabeledIssues;
import com.socialitsm.web.CurrentUser;

/**
 * Every REST resource of the app, built once per host from the engine and the host's notion of the current user.
 * The devhost registers these instances with Jersey at {@code /rest/social/1.0} (with {@link #providers()}); the Jira
 * app builds the same list.
 */
public final class SocialResources {
    private SocialResources() {
    }

    public static List<Object> all(SocialApp app, CurrentUser currentUser) {
        return all(app, currentUser, Optional.empty());
    }

    /**
     * The resources for a host that can also create issues and comments on a user's behalf (Jira, the devhost's
     * tracker): the Q&amp;A's "raise an issue" and "copy the accepted answer to the issue" use it.
     */
    public static List<Object> all(SocialApp app, CurrentUser currentUser, Optional<IssueCreation> issueCreation) {
        return all(app, currentUser, issueCreation, app.labelImport(LabeledIssues.NONE, Runnable::run));
    }

    /**
     * Every resource, for a host that also has labels to import as hashtags: {@code labelImport} is the host's one
     * import job (built with {@link SocialApp#labelImport} over its labels and an executor it owns).
     */
    public static List<Object> all(SocialApp app, CurrentUser currentUser, Optional<IssueCreation> issueCreation,
                                   LabelImportJob labelImport) {
        return all(app, currentUser, issueCreation, labelImport, app.backfill(HistoricIssues.NONE, Runnable::run));
    }

    /**
     * Every resource, for a host that also has existing issues to tag: {@code backfill} is the host's one backfill
     * job (built with {@link SocialApp#backfill} over its history and an executor it owns).
     */
    public static List<Object> all(SocialApp app, CurrentUser currentUser, Optional<IssueCreation> issueCreation,
                                   LabelImportJob labelImport, BackfillJob backfill) {
        return all(app, currentUser, issueCreation, labelImport, backfill, new PortalApp(app, CustomerPortals.NONE));
    }

    /**
     * Every resource, for a host with a customer portal: {@code portal} is built over the host's
     * {@link CustomerPortals} (without one the portal resources answer 404 for every portal).
     */
    public static List<Object> all(SocialApp app, CurrentUser currentUser, Optional<IssueCreation> issueCreation,
                                   LabelImportJob labelImport, BackfillJob backfill, PortalApp portal) {
        List<Object> resources = new ArrayList<>();
        resources.add(new ApiExceptionMapper());
        resources.add(new JsonErrorMappers.Parse());
        resources.add(new JsonErrorMappers.Mapping());
        // Request guards, in every host: body size (413), NUL characters (400), Jira's XSRF rule (403, and 400 for a
        // malformed Content-Type), writes per user (429); no answer may be stored by a cache.
        resources.add(new BodySizeLimit());
        resources.add(new NulCharacterGuard());
        resources.add(new XsrfCheck());
        resources.add(WriteRateLimit.configured(currentUser, app.clock()));
        resources.add(new NoStore());
        // Feature resources are added here, one line each, all built one way: from the app and the current user (plus
        // what only some hosts have, after them), which is also how Jira's REST module builds them from the beans.
        resources.add(new HashtagResource(app, currentUser));
        resources.add(new HashtagAdminResource(app, currentUser));
        resources.add(new TagExpertsResource(app, currentUser));
        resources.add(new FollowResource(app, currentUser));
        resources.add(new FollowRulesResource(app, currentUser));
        resources.add(new FeedResource(app, currentUser));
        resources.add(new VoteResource(app, currentUser));
        resources.add(new KudosResource(app, currentUser));
        resources.add(new KudosAdminResource(app, currentUser));
        resources.add(new QuestionResource(app, currentUser, issueCreation));
        resources.add(new AnswerResource(app, currentUser));
        resources.add(new VisitResource(app, currentUser));
        resources.add(new PollResource(app, currentUser));
        resources.add(new FeatureResource(app, currentUser));
        resources.add(new IssuePanelsResource(portal, currentUser));
        resources.add(new FeatureAdminResource(app, currentUser));
        resources.add(new LabelImportResource(app, currentUser, labelImport));
        resources.add(new BackfillResource(app, currentUser, backfill));
        resources.add(new ProjectPickerResource(app, currentUser));
        resources.add(new DataExportResource(app, currentUser));
        resources.add(new IdeaResource(app, currentUser, issueCreation));
        resources.add(new SpikeResource(app, currentUser, issueCreation));
        resources.add(new SpikeAdminResource(app, currentUser));
        resources.add(new ListeningAdminResource(app, currentUser));
        resources.add(new ListenResource(app, currentUser));
        resources.add(new KnownIssueResource(portal, currentUser));
        resources.add(new PortalResource(portal, currentUser));
        resources.add(new NotificationResource(app, currentUser));
        resources.add(new UserPickerResource(app, currentUser));
        resources.add(new TagKnownIssueResource(portal, currentUser, issueCreation));
        return resources;
    }

    /**
     * Providers a host registers besides {@link #all}: how JSON is written and read ({@link JsonMapping}: records,
     * {@code Optional}, {@code java.time} as ISO-8601 strings).
     */
    public static List<Object> providers() {
        return List.of(new JsonMapping());
    }
}
