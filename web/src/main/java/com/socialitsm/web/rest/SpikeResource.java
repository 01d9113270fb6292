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

import com.socialitsm.app.SocialApp;
import com.socialitsm.hashtag.HashtagService;
import com.socialitsm.hashtag.RaisedProblem;
import com.socialitsm.hashtag.SpikeAlerts;
import com.socialitsm.hashtag.SpikeSettings;
import com.socialitsm.host.IssueCreation;
import com.socialitsm.web.CurrentUser;

/**
 * From a spike to action: {@code POST /hashtags/{tag}/problem} raises a problem from the tag's spike (201, or 200
 * with the spike's existing problem; settings in {@link SpikeAdminResource}). Raising needs the host's
 * {@link IssueCreation}; a host without one answers 501.
 */
@Path("hashtags/{tag}/problem")
@Produces(MediaType.APPLICATION_JSON)
public final class SpikeResource {
    static final int DEFAULT_HOURS = 24;

    private final HashtagService hashtags;
    private final CurrentUser currentUser;
    private final Optional<IssueCreation> issueCreation;

    public SpikeResource(SocialApp app, CurrentUser currentUser, Optional<IssueCreation> issueCreation) {
        this.hashtags = Objects.requireNonNull(app).hashtags();
        this.currentUser = Objects.requireNonNull(currentUser);
        this.issueCreation = Objects.requireNonNull(issueCreation);
    }

    /** Request body of POST /hashtags/{tag}/problem: {@code {"project": "SD", "hours": 24}}. */
    public record ProblemRequest(String project, Integer hours) {
    }

    /** Answer of POST /hashtags/{tag}/problem. */
    public record ProblemJson(String issueKey, int linked) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response raiseProblem(@PathParam("tag") String tag, ProblemRequest request) {
        String user = Requests.requireUser(currentUser);
        ProblemRequest body = Requests.requireBody(request);
        if (body.project() == null || body.project().isBlank()) {
            throw ApiException.badRequest("project is required: the key of the project to raise the problem in.");
        }
        int hours = body.hours() == null ? DEFAULT_HOURS : body.hours();
        IssueCreation host = issueCreation.orElseThrow(() -> new ApiException(501, "not_supported",
                "This host cannot create issues."));
        RaisedProblem raised = Outcomes.value(hashtags.raiseProblem(Optional.of(user), tag, body.project(), hours,
                host));
        return Response.status(raised.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(new ProblemJson(raised.issueKey(), raised.linked())).build();
    }
}
