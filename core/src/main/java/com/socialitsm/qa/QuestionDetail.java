package com.socialitsm.qa;

import java.util.List;
import java.util.Objects;

/**
 * A question's page for one viewer: the question with its sanitized HTML, its answers in ranking order (accepted
 * first, then by {@link AnswerRanking the lower bound of the Wilson score interval}), the viewer's vote and what the
 * viewer may do.
 */
public record QuestionDetail(
        Question question,
        String bodyHtml,
        int myVote,
        List<AnswerDetail> answers,
        boolean mayEdit,
        boolean mayDelete,
        boolean mayAccept) {

    public QuestionDetail {
        Objects.requireNonNull(question);
        Objects.requireNonNull(bodyHtml);
        answers = List.copyOf(answers);
    }

    /** One answer on the question's page, with its sanitized HTML and the viewer's vote. */
    public record AnswerDetail(Answer answer, String bodyHtml, int myVote, boolean mayEdit, boolean mayDelete) {
        public AnswerDetail {
            Objects.requireNonNull(answer);
            Objects.requireNonNull(bodyHtml);
        }
    }
}
