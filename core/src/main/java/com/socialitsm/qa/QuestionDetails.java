package com.socialitsm.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.java.ao.Query;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.store.AnswerEntity;
import com.socialitsm.store.QuestionEntity;
import com.socialitsm.store.Store;

/**
 * A question's page as one viewer sees it: the question, its live answers ranked ({@link AnswerRanking}), their
 * rendered Markdown, the viewer's own votes and what the viewer may do (edit, delete, accept). Throws
 * {@link QaRejection} for a question the viewer may not see; {@link QuestionService} turns it into the refusal.
 */
final class QuestionDetails {
    /** Bound on the answers a question's page shows. */
    private static final int MAX_ANSWERS = 500;

    private final Store store;
    private final AccessPolicy access;
    private final MarkdownRenderer markdown;
    private final QaRecords records;
    private final QaRows rows;
    private final QaVotes votes;

    QuestionDetails(Store store, AccessPolicy access, MarkdownRenderer markdown, QaRecords records, QaRows rows,
                    QaVotes votes) {
        this.store = store;
        this.access = access;
        this.markdown = markdown;
        this.records = records;
        this.rows = rows;
        this.votes = votes;
    }

    QuestionDetail of(Optional<String> viewer, long questionId) {
        QuestionEntity question = rows.visibleQuestion(viewer, questionId);
        AnswerEntity[] answerRows = store.find(AnswerEntity.class, Query.select()
                .where("QUESTION_ID = ? AND DELETED = ?", question.getID(), false)
                .order("ID ASC").limit(MAX_ANSWERS));
        List<String> authors = new ArrayList<>();
        List<String> posts = new ArrayList<>();
        posts.add(QaRows.questionPost(question).key());
        for (AnswerEntity row : answerRows) {
            authors.add(row.getAuthor());
            posts.add(QaRows.answerPost(question, row).key());
        }
        QaRecords.Batch batch = records.batch(List.of(question), authors);
        Map<String, Integer> myVotes = viewer.map(v -> votes.votesBy(v, posts)).orElse(Map.of());
        List<Answer> answers = new ArrayList<>();
        for (AnswerEntity row : answerRows) {
            answers.add(QaRecords.answer(row, row.getID() == question.getAcceptedAnswerId(), batch.users()));
        }
        boolean admin = access.isAdmin(viewer);
        List<QuestionDetail.AnswerDetail> details = new ArrayList<>();
        for (Answer answer : AnswerRanking.rank(answers)) {
            boolean mine = viewer.filter(answer.author().key()::equals).isPresent();
            details.add(new QuestionDetail.AnswerDetail(answer, markdown.render(answer.body()),
                    myVotes.getOrDefault("a:" + answer.id(), 0), mine, mine || admin));
        }
        boolean asker = viewer.filter(question.getAuthor()::equals).isPresent();
        return new QuestionDetail(batch.question(question), markdown.render(question.getBody()),
                myVotes.getOrDefault(QaRows.questionPost(question).key(), 0), details, asker, asker || admin,
                viewer.isPresent() && (asker || admin));
    }
}
