package com.socialitsm.web.rest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.socialitsm.qa.Answer;
import com.socialitsm.qa.Question;
import com.socialitsm.qa.QuestionDetail;
import com.socialitsm.qa.QuestionPage;
import com.socialitsm.qa.VoteTally;

/**
 * The JSON of the Q&amp;A endpoints (field names as in the REST contract), and the request bodies they take. Times are
 * ISO-8601 strings; absent values are {@code null}.
 */
public final class QaJson {
    private QaJson() {
    }

    // ---------------------------------------------------------------------------------------------------- requests

    /** POST /questions. */
    public record AskRequest(String title, String body, String issueKey, String project, List<String> hashtags) {
    }

    /** PUT /questions/{id}: each field present replaces the current one. */
    public record EditQuestionRequest(String title, String body, List<String> hashtags) {
    }

    /** POST /questions/{id}/answers, PUT /answers/{id}, POST /questions/preview. */
    public record BodyRequest(String body) {
    }

    /** PUT /questions/{id}/vote, PUT /answers/{id}/vote. */
    public record VoteRequest(Integer value) {
    }

    // ---------------------------------------------------------------------------------------------------- answers

    /** A question in lists, suggestions and the issue panel. */
    public record QuestionJson(long id, String title, PersonJson author, String issueKey, String projectKey,
            List<String> hashtags, String createdAt, String editedAt, int score, int answerCount,
            Long acceptedAnswerId, boolean answered, String raisedIssueKey) {

        static QuestionJson of(Question q) {
            return new QuestionJson(q.id(), q.title(), PersonJson.of(q.author()), q.issueKey().orElse(null),
                    q.projectKey(), q.hashtags(), q.createdAt().toString(), time(q.editedAt()), q.score(),
                    q.answerCount(), acceptedId(q), q.answered(), q.raisedIssueKey().orElse(null));
        }
    }

    /**
     * GET /questions/{id}: the question with its sanitized HTML, ranked answers, the caller's votes and rights;
     * {@code portalId} is the customer portal of a portal question, 0 for the agents' internal Q&amp;A.
     */
    public record QuestionDetailJson(long id, String title, String body, String bodyHtml, PersonJson author,
            String issueKey, String projectKey, List<String> hashtags, String createdAt, String editedAt, int score,
            int myVote, int answerCount, Long acceptedAnswerId, boolean answered, String raisedIssueKey,
            List<AnswerJson> answers, boolean mayEdit, boolean mayDelete, boolean mayAccept, long portalId) {

        static QuestionDetailJson of(QuestionDetail detail) {
            Question q = detail.question();
            return new QuestionDetailJson(q.id(), q.title(), q.body(), detail.bodyHtml(), PersonJson.of(q.author()),
                    q.issueKey().orElse(null), q.projectKey(), q.hashtags(), q.createdAt().toString(),
                    time(q.editedAt()), q.score(), detail.myVote(), q.answerCount(), acceptedId(q), q.answered(),
                    q.raisedIssueKey().orElse(null),
                    detail.answers().stream().map(AnswerJson::of).toList(),
                    detail.mayEdit(), detail.mayDelete(), detail.mayAccept(), q.portalId());
        }
    }

    public record AnswerJson(long id, long questionId, String body, String bodyHtml, PersonJson author,
            String createdAt, String editedAt, int score, int upvotes, int downvotes, boolean accepted, int myVote,
            boolean mayEdit, boolean mayDelete) {

        static AnswerJson of(QuestionDetail.AnswerDetail detail) {
            Answer a = detail.answer();
            return new AnswerJson(a.id(), a.questionId(), a.body(), detail.bodyHtml(), PersonJson.of(a.author()),
                    a.createdAt().toString(), time(a.editedAt()), a.score(), a.upvotes(), a.downvotes(),
                    a.accepted(), detail.myVote(), detail.mayEdit(), detail.mayDelete());
        }
    }

    /** GET /questions: a page, {@code next} null on the last; {@code count} only for the questions of one issue. */
    public record PageJson(List<QuestionJson> items, String next,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer count) {
        static PageJson of(QuestionPage page) {
            return new PageJson(page.items().stream().map(QuestionJson::of).toList(), page.next().orElse(null),
                    page.total().isPresent() ? page.total().getAsInt() : null);
        }
    }

    public record VoteJson(int score, int myVote) {
        static VoteJson of(VoteTally tally) {
            return new VoteJson(tally.score(), tally.myVote());
        }
    }

    public record PreviewJson(String html) {
    }

    /** POST /questions/{id}/raise and .../copy: the issue written to. */
    public record IssueLinkJson(String issueKey) {
    }

    private static String time(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }

    private static Long acceptedId(Question q) {
        return q.answered() ? q.acceptedAnswerId() : null;
    }
}
