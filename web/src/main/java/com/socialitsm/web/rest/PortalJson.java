package com.socialitsm.web.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.socialitsm.host.PortalRef;
import com.socialitsm.knownissue.KnownIssue;
import com.socialitsm.knownissue.PortalKnownIssue;
import com.socialitsm.knownissue.PortalKnownIssueDetail;
import com.socialitsm.knownissue.PublicUpdate;
import com.socialitsm.qa.PortalQuestions;

/**
 * The JSON shapes of the known-issue and portal API (times as ISO-8601 strings). The portal's shapes carry only what
 * an agent wrote for customers: no issue key, summary, description, comment, hashtag or agent's name.
 */
public final class PortalJson {
    private PortalJson() {
    }

    /** POST /known-issues. */
    public record CreateKnownIssue(String issueKey, String title, String text, String status) {
    }

    /** POST /hashtags/{tag}/known-issue: the customer-facing title and text; the portal when several; the hours. */
    public record PromoteTag(String title, String text, Long portalId, Integer hours) {
    }

    /** PUT /known-issues/{id}: every part optional; {@code update} is a public message to followers. */
    public record EditKnownIssue(String title, String text, String status, String update) {
    }

    /** A known issue as its agents see it. */
    public record AgentKnownIssue(long id, long portalId, String issueKey, String title, String text, String status,
                                  int meToo, int followers, String updatedAt) {
        static AgentKnownIssue of(KnownIssue issue) {
            return new AgentKnownIssue(issue.id(), issue.portalId(), issue.issueKey(), issue.title(), issue.text(),
                    issue.status().wire(), issue.meToo(), issue.followers(), issue.updatedAt().toString());
        }
    }

    /**
     * GET /known-issues/issue/{key}: whether the caller is an agent of the issue's portal and, for them, the issue's
     * known issue (absent when it is none).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IssueKnownIssue(String issueKey, boolean agent, AgentKnownIssue knownIssue) {
        static IssueKnownIssue of(com.socialitsm.knownissue.IssueKnownIssue answer) {
            return new IssueKnownIssue(answer.issueKey(), answer.agent(),
                    answer.known().map(AgentKnownIssue::of).orElse(null));
        }
    }

    /** A known issue on the portal, as the caller sees it. */
    public record KnownIssueRow(long id, String title, String text, String status, int meToo, boolean myMeToo,
                                boolean following, String updatedAt) {
        static KnownIssueRow of(PortalKnownIssue issue) {
            return new KnownIssueRow(issue.id(), issue.title(), issue.text(), issue.status().wire(), issue.meToo(),
                    issue.myMeToo(), issue.following(), issue.updatedAt().toString());
        }
    }

    public record Update(long id, String message, String status, String createdAt) {
        static Update of(PublicUpdate update) {
            return new Update(update.id(), update.message(), update.status().wire(), update.createdAt().toString());
        }
    }

    /** One known issue with its public updates, newest first. */
    public record KnownIssueDetail(long id, String title, String text, String status, int meToo, boolean myMeToo,
                                   boolean following, String updatedAt, List<Update> updates) {
        static KnownIssueDetail of(PortalKnownIssueDetail detail) {
            KnownIssueRow row = KnownIssueRow.of(detail.issue());
            return new KnownIssueDetail(row.id(), row.title(), row.text(), row.status(), row.meToo(), row.myMeToo(),
                    row.following(), row.updatedAt(), detail.updates().stream().map(Update::of).toList());
        }
    }

    public record MeToo(long id, int meToo, boolean myMeToo) {
    }

    public record Following(long id, boolean following) {
    }

    /**
     * A portal the caller may use, and whether they are one of its agents; its project's key only for its agents
     * (the agents' pages match it, e.g. the Q&amp;A page's "Publish to portal"; customers get null).
     */
    public record Portal(long id, String name, boolean agent, String projectKey) {
        static Portal of(PortalRef portal, boolean agent, String projectKey) {
            return new Portal(portal.id(), portal.name(), agent, agent ? projectKey : null);
        }
    }

    /** POST /portal/requests/{key}/thanks: the message is optional. */
    public record Thanks(String message) {
    }

    /** A thanks given: the agents thanked (display names) and the points each got. */
    public record ThanksGiven(long id, List<String> to, int points) {
    }

    /** POST /portal/{portalId}/questions. */
    public record Ask(String title, String body) {
    }

    /** POST /portal/questions/{id}/answers. */
    public record AnswerBody(String body) {
    }

    /** PUT /portal/answers/{id}/verified. */
    public record Verified(Boolean verified) {
    }

    /** POST /portal/answers/{id}/publish: the portal question's title, written for customers. */
    public record Publish(String title) {
    }

    /** A portal answer: sanitized HTML; {@code author} is empty for customers (they see no one's name). */
    public record PortalAnswer(long id, long questionId, String bodyHtml, boolean byAgent, String author,
                               boolean verified, String createdAt) {
        static PortalAnswer of(PortalQuestions.PortalAnswer answer) {
            return new PortalAnswer(answer.id(), answer.questionId(), answer.bodyHtml(), answer.byAgent(),
                    answer.author(), answer.verified(), answer.createdAt().toString());
        }
    }

    /** A portal question with its answers (verified first). */
    public record PortalQuestion(long id, long portalId, String title, String bodyHtml, boolean byAgent,
                                 String author, String createdAt, List<PortalAnswer> answers) {
        static PortalQuestion of(PortalQuestions.PortalQuestion question) {
            return new PortalQuestion(question.id(), question.portalId(), question.title(), question.bodyHtml(),
                    question.byAgent(), question.author(), question.createdAt().toString(),
                    question.answers().stream().map(PortalAnswer::of).toList());
        }
    }
}
