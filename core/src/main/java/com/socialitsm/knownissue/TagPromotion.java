package com.socialitsm.knownissue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.socialitsm.hashtag.HashtagService;
import com.socialitsm.hashtag.RaisedProblem;
import com.socialitsm.host.CustomerPortals;
import com.socialitsm.host.IssueCreation;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.PortalRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;

/**
 * "Make known issue" from a trending tag, in one user action: the spike's problem is raised (or the spike's existing
 * problem is taken, as "Raise problem" does) in the chosen portal's project, then the problem is published as a known
 * issue with the title and text the agent wrote for customers.
 *
 * <p><b>Order.</b> Creating the problem is the host's write (a Jira issue, outside the app's transaction); the known
 * issue is the app's, one transaction. So everything that can refuse without writing is checked first (signed in, an
 * agent, the portal, title and text), then the host creates the problem, and only then is the known issue written. A
 * failure after the problem exists leaves the problem as "Raise problem" would have left it and no known issue; the
 * agent's retry finds the spike's problem and publishes it.
 */
public final class TagPromotion {
    private final KnownIssueService knownIssues;
    private final HashtagService hashtags;
    private final CustomerPortals portals;
    private final IssueDirectory issues;

    public TagPromotion(KnownIssueService knownIssues, HashtagService hashtags, CustomerPortals portals,
                        IssueDirectory issues) {
        this.knownIssues = Objects.requireNonNull(knownIssues);
        this.hashtags = Objects.requireNonNull(hashtags);
        this.portals = Objects.requireNonNull(portals);
        this.issues = Objects.requireNonNull(issues);
    }

    /**
     * The known issue made from the tag's spike. Anonymous 401; an agent of no portal 403 (customers too, decided
     * before the tag is looked at); a bad title or text 400; a portal the agent does not serve 404, none chosen while
     * they serve several 400; a tag with no issue the agent may see in the window 404; a spike whose problem was
     * raised in another project, or that is already a known issue, 409.
     */
    public Outcome<KnownIssue> promote(Optional<String> agent, String tag, TagPromotionDraft draft,
                                       IssueCreation host) {
        if (agent.isEmpty()) {
            return Outcome.refused(Problem.NOT_LOGGED_IN, "not_logged_in", "Sign in to make a known issue.");
        }
        List<PortalRef> served = portals.portals(agent).stream().filter(p -> portals.isAgent(agent, p.id())).toList();
        if (served.isEmpty()) {
            return Outcome.refused(Problem.FORBIDDEN, "not_an_agent", "Only agents of a portal write known issues.");
        }
        Optional<String> invalid = KnownIssueService.invalidTitle(draft.title())
                .or(() -> KnownIssueService.invalidText(draft.text()));
        if (invalid.isPresent()) {
            return Outcome.refused(Problem.INVALID, "invalid", invalid.get());
        }
        Optional<PortalRef> portal;
        if (draft.portalId().isPresent()) {
            portal = served.stream().filter(p -> p.id() == draft.portalId().get()).findFirst();
        } else if (served.size() == 1) {
            portal = Optional.of(served.get(0));
        } else {
            return Outcome.refused(Problem.INVALID, "portal_required",
                    "portalId is required: you are an agent of several portals.");
        }
        Optional<ProjectRef> project = portal.flatMap(p -> issues.projectById(p.projectId()));
        if (project.isEmpty()) {
            return Outcome.refused(Problem.NOT_FOUND, "not_found",
                    "There is no such portal, or you are not one of its agents.");
        }
        Outcome<RaisedProblem> raised = hashtags.raiseProblem(agent, tag, project.get().key(), draft.hours(), host);
        if (raised instanceof Outcome.Refused<RaisedProblem> refused) {
            return Outcome.refused(refused.refusal());
        }
        Optional<IssueRef> problem = issues.byKey(raised.value().issueKey());
        if (problem.isEmpty() || problem.get().projectId() != project.get().id()) {
            // The spike's problem was raised earlier in another project: publishing it would put it on another portal.
            return Outcome.refused(Problem.CONFLICT, "problem_elsewhere", "A problem for this spike was already raised"
                    + " as " + raised.value().issueKey() + "; make it a known issue from its issue view.",
                    List.of(raised.value().issueKey()));
        }
        return knownIssues.create(agent, new KnownIssueDraft(problem.get().key(), draft.title(), draft.text(),
                Optional.empty()));
    }
}
