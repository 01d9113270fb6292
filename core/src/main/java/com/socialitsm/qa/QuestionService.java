package com.socialitsm.qa;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import net.java.ao.Query;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueCreation;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.store.AnswerEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.QuestionEntity;
import com.socialitsm.store.Store;

/**
 * Community Q&amp;A: peers ask, answer, vote and accept, on an issue or across a project. The face of the feature:
 * asking, answering and listing live here; votes in {@link QaVotes}, accepting in {@link QaAcceptance}, a question's
 * page in {@link QuestionDetails}, the links to issues in {@link QuestionIssues}, the rules for input in
 * {@link QaInputs}, finding and locking rows in {@link QaRows}.
 *
 * <p>Every operation a user may cause to fail answers an {@link Outcome}. Visibility: a question on an issue is
 * visible to whoever may browse that issue, a project-wide one to whoever may browse the project. Anything hidden
 * behaves exactly as if it did not exist ({@link Problem#NOT_FOUND} with the same message), in every operation,
 * listing and count.
 *
 * <p>Concurrency: changes that recount a question's derived columns or award points take the question's row lock
 * first (see {@link QaRows}); counters are always recounted from rows, never incremented.
 */
public final class QuestionService {
    public static final int TITLE_MIN_LENGTH = QaInputs.TITLE_MIN_LENGTH;
    public static final int TITLE_MAX_LENGTH = QaInputs.TITLE_MAX_LENGTH;
    public static final int BODY_MAX_LENGTH = QaInputs.BODY_MAX_LENGTH;
    public static final int MAX_LIMIT = QuestionSearch.MAX_LIMIT;
    public static final int MAX_SIMILAR = QuestionSearch.MAX_SIMILAR;

    private final Store store;
    private final Clock clock;
    private final AccessPolicy access;
    private final MarkdownRenderer markdown;
    private final QaEvents events;
    private final QuestionVisibility visibility;
    private final QaRecords records;
    private final QaRows rows;
    private final QuestionSearch search;
    private final QaVotes votes;
    private final QuestionIssues issueLinks;
    private final QaAcceptance acceptance;
    private final QuestionDetails details;

    public QuestionService(Store store, Clock clock, IssueDirectory issues, UserDirectory users, AccessPolicy access,
            MarkdownRenderer markdown, QaEvents events) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.access = Objects.requireNonNull(access);
        this.markdown = Objects.requireNonNull(markdown);
        this.events = Objects.requireNonNull(events);
        this.visibility = new QuestionVisibility(Objects.requireNonNull(issues), access);
        this.records = new QaRecords(issues, Objects.requireNonNull(users));
        this.rows = new QaRows(store, access, visibility);
        this.search = new QuestionSearch(store, visibility, records);
        this.votes = new QaVotes(store, rows, events);
        this.issueLinks = new QuestionIssues(issues, access, visibility, records, rows, events);
        this.acceptance = new QaAcceptance(store, rows, events);
        this.details = new QuestionDetails(store, access, markdown, records, rows, votes);
    }

    // ---------------------------------------------------------------------------------------------------- asking

    /**
     * Asks a question on an issue the asker may browse, or project-wide in a project they may browse. Its hashtags
     * are the chosen ones plus those written in the title and body. Asking on an issue makes the asker follow it.
     */
    public Outcome<Question> ask(String asker, QuestionDraft draft) {
        return attempt(() -> {
            String title = QaInputs.validTitle(draft.title());
            String body = QaInputs.validBody(draft.body(), false);
            QuestionVisibility.Placement where = visibility.placement(Optional.of(asker), draft);
            List<String> tags = QuestionTags.combine(QaInputs.chosenTags(draft.hashtags()),
                    QaInputs.extractedTags(title, body));
            long now = clock.millis();
            Map<String, Object> row = new HashMap<>();
            row.put("TITLE", title);
            row.put("BODY", body);
            row.put("AUTHOR", asker);
            row.put("ISSUE_ID", where.issue().map(IssueRef::id).orElse(0L));
            row.put("PROJECT_ID", where.project().id());
            row.put("HASHTAGS", QuestionTags.toColumn(tags));
            row.put("SEARCH_TEXT", TitleWords.searchText(title));
            row.put("CREATED_AT", now);
            row.put("EDITED_AT", 0L);
            row.put("DELETED", false);
            row.put("ACCEPTED_ANSWER_ID", 0);
            row.put("SCORE", 0);
            row.put("ANSWER_COUNT", 0);
            row.put("RAISED_ISSUE_ID", 0L);
            QuestionEntity created = rows.inTransaction(() -> {
                QuestionEntity question = store.create(QuestionEntity.class, row);
                events.questionAsked(QaRows.questionPost(question));
                events.postWritten(QaRows.questionPost(question), title + "\n" + (body == null ? "" : body));
                return question;
            });
            return records.question(created);
        });
    }

    /** An author's edit of their question's title, body or chosen hashtags. */
    public Outcome<Question> editQuestion(String editor, long questionId, QuestionEdit edit) {
        return attempt(() -> {
            QuestionEntity question = rows.visibleQuestion(Optional.of(editor), questionId);
            if (!question.getAuthor().equals(editor)) {
                throw QaRejection.forbidden("Only the author can edit this question.");
            }
            String title = edit.title().map(QaInputs::validTitle).orElse(question.getTitle());
            String body = edit.body().map(b -> QaInputs.validBody(b, false)).orElse(question.getBody());
            List<String> chosen = edit.hashtags().map(QaInputs::chosenTags)
                    .orElseGet(() -> QuestionTags.fromColumn(question.getHashtags()));
            List<String> tags = QuestionTags.combine(chosen, QaInputs.extractedTags(title, body));
            store.executeInTransaction(() -> {
                question.setTitle(title);
                question.setSearchText(TitleWords.searchText(title));
                question.setBody(body);
                question.setHashtags(QuestionTags.toColumn(tags));
                question.setEditedAt(clock.millis());
                question.save();
                events.postWritten(QaRows.questionPost(question), title + "\n" + (body == null ? "" : body));
                return null;
            });
            return records.question(question);
        });
    }

    /**
     * Soft-deletes a question (its author or an admin): it disappears everywhere, and every point it earned others
     * is reversed — its accepted answer's award and its answers' upvotes — with their vote rows removed.
     */
    public Outcome<Boolean> deleteQuestion(String user, long questionId) {
        return attempt(() -> rows.inTransaction(() -> {
            QuestionEntity question = rows.lockVisibleQuestion(Optional.of(user), questionId);
            if (!question.getAuthor().equals(user) && !access.isAdmin(Optional.of(user))) {
                throw QaRejection.forbidden("Only the author or an administrator can delete this question.");
            }
            acceptance.withdraw(question);
            List<String> posts = new ArrayList<>();
            posts.add(QaRows.questionPost(question).key());
            for (AnswerEntity answer : rows.liveAnswers(question.getID())) {
                votes.reverseUpvotes(question, answer);
                events.answerDeleted(QaRows.answerPost(question, answer));
                posts.add(QaRows.answerPost(question, answer).key());
            }
            votes.removeVotesOn(posts);
            question.setDeleted(true);
            question.setScore(0);
            question.save();
            events.questionDeleted(QaRows.questionPost(question));
            return Boolean.TRUE;
        }));
    }

    // ---------------------------------------------------------------------------------------------------- answers

    /**
     * Answers a question the author may see; returns the answer as its author now sees it. Answering a question on
     * an issue makes the author follow it.
     */
    public Outcome<QuestionDetail.AnswerDetail> answer(String author, long questionId, String body) {
        return attempt(() -> {
            String text = QaInputs.validBody(body, true);
            Map<String, Object> row = new HashMap<>();
            row.put("BODY", text);
            row.put("AUTHOR", author);
            row.put("CREATED_AT", clock.millis());
            row.put("EDITED_AT", 0L);
            row.put("DELETED", false);
            row.put("UPVOTES", 0);
            row.put("DOWNVOTES", 0);
            AnswerEntity created = rows.inTransaction(() -> {
                QuestionEntity question = rows.lockVisibleQuestion(Optional.of(author), questionId);
                row.put("QUESTION_ID", question.getID());
                AnswerEntity answer = store.create(AnswerEntity.class, row);
                question.setAnswerCount(rows.countLiveAnswers(question.getID()));
                question.save();
                events.answerPosted(QaRows.answerPost(question, answer));
                events.postWritten(QaRows.answerPost(question, answer), text);
                return answer;
            });
            return authorsView(QaRecords.answer(created, false, records.usersByKey(List.of(author))));
        });
    }

    /** An author's edit of their answer; returns the answer as its author now sees it. */
    public Outcome<QuestionDetail.AnswerDetail> editAnswer(String editor, long answerId, String body) {
        return attempt(() -> {
            String text = QaInputs.validBody(body, true);
            AnswerEntity answer = rows.liveAnswer(answerId);
            QuestionEntity question =
                    rows.visibleQuestion(Optional.of(editor), answer.getQuestionId(), QaRows.NO_SUCH_ANSWER);
            if (!answer.getAuthor().equals(editor)) {
                throw QaRejection.forbidden("Only the author can edit this answer.");
            }
            store.executeInTransaction(() -> {
                answer.setBody(text);
                answer.setEditedAt(clock.millis());
                answer.save();
                events.postWritten(QaRows.answerPost(question, answer), text);
                return null;
            });
            return authorsView(QaRecords.answer(answer, question.getAcceptedAnswerId() == answer.getID(),
                    records.usersByKey(List.of(answer.getAuthor()))));
        });
    }

    /** The answer as its author sees it: they may edit and delete it, and have no vote on it (nobody votes own). */
    private QuestionDetail.AnswerDetail authorsView(Answer answer) {
        return new QuestionDetail.AnswerDetail(answer, markdown.render(answer.body()), 0, true, true);
    }

    /**
     * Soft-deletes an answer (its author or an admin): its acceptance and upvotes are reversed, its vote rows
     * removed, and the question's answer count recounted.
     */
    public Outcome<Boolean> deleteAnswer(String user, long answerId) {
        return attempt(() -> rows.inTransaction(() -> {
            AnswerEntity found = rows.liveAnswer(answerId);
            QuestionEntity question =
                    rows.lockVisibleQuestion(Optional.of(user), found.getQuestionId(), QaRows.NO_SUCH_ANSWER);
            AnswerEntity answer = rows.liveAnswer(answerId);
            if (!answer.getAuthor().equals(user) && !access.isAdmin(Optional.of(user))) {
                throw QaRejection.forbidden("Only the author or an administrator can delete this answer.");
            }
            if (question.getAcceptedAnswerId() == answer.getID()) {
                acceptance.withdraw(question);
            }
            votes.reverseUpvotes(question, answer);
            votes.removeVotesOn(List.of(QaRows.answerPost(question, answer).key()));
            answer.setDeleted(true);
            answer.setUpvotes(0);
            answer.setDownvotes(0);
            answer.save();
            events.answerDeleted(QaRows.answerPost(question, answer));
            question.setAnswerCount(rows.countLiveAnswers(question.getID()));
            question.save();
            return Boolean.TRUE;
        }));
    }

    // ---------------------------------------------------------------------------------------------------- votes

    /** Votes +1 or -1 on a question, or withdraws the vote with 0; one vote per user, changeable. */
    public Outcome<VoteTally> voteOnQuestion(String voter, long questionId, int value) {
        return attempt(() -> votes.onQuestion(voter, questionId, value));
    }

    /**
     * Votes +1 or -1 on an answer, or withdraws the vote with 0. An upvote earns the answer's author points; a
     * withdrawn or reversed upvote takes them back.
     */
    public Outcome<VoteTally> voteOnAnswer(String voter, long answerId, int value) {
        return attempt(() -> votes.onAnswer(voter, answerId, value));
    }

    // ---------------------------------------------------------------------------------------------------- accepting

    /**
     * Accepts one answer (the asker or an admin). Accepting another answer later reverses the first one's award;
     * accepting the accepted answer again changes nothing.
     */
    public Outcome<Question> accept(String user, long questionId, long answerId) {
        return attempt(() -> records.question(acceptance.accept(user, questionId, answerId)));
    }

    /** Takes the acceptance back (the asker or an admin), reversing its award. */
    public Outcome<Question> unaccept(String user, long questionId) {
        return attempt(() -> records.question(acceptance.unaccept(user, questionId)));
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** The project of a question the viewer may see (empty when there is none): what a feature switch applies to. */
    public OptionalLong projectOf(Optional<String> viewer, long questionId) {
        Outcome<Long> project = attempt(() -> rows.visibleQuestion(viewer, questionId).getProjectId());
        return project.isDone() && project.value() > 0 ? OptionalLong.of(project.value()) : OptionalLong.empty();
    }

    /**
     * The question of each of these answers (deleted ones too: a feed item still leads to the question), one query:
     * a feed item about an answer leads to its question. Whether the viewer may see it is the caller's check.
     */
    public Map<Long, Long> questionsOfAnswers(Collection<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> questions = new HashMap<>();
        for (AnswerEntity row : store.find(AnswerEntity.class, Query.select("ID, QUESTION_ID")
                .where(InList.in("ID", answerIds.size()), answerIds.toArray()))) {
            questions.put((long) row.getID(), (long) row.getQuestionId());
        }
        return questions;
    }

    /**
     * The titles of these questions, one query: awards for Q&amp;A name their question by title. Only for questions
     * the caller already knows the viewer may see (an award's cause is blanked when hidden).
     */
    public Map<Long, String> titlesOf(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> titles = new HashMap<>();
        for (QuestionEntity row : store.find(QuestionEntity.class, Query.select("ID, TITLE")
                .where(InList.in("ID", questionIds.size()), questionIds.toArray()))) {
            titles.put((long) row.getID(), row.getTitle());
        }
        return titles;
    }

    /** A question's page: the question, its answers ranked, the viewer's votes and permissions. */
    public Outcome<QuestionDetail> get(Optional<String> viewer, long questionId) {
        return attempt(() -> details.of(viewer, questionId));
    }

    /**
     * A page of the questions the viewer may see, filtered by project, issue, hashtag and title words, in the given
     * order. Hidden questions are skipped before the page is cut, so they are never listed and never counted.
     */
    public Outcome<QuestionPage> list(Optional<String> viewer, QuestionQuery query) {
        return attempt(() -> search.list(viewer, query));
    }

    /**
     * Questions whose titles share words with a title being typed, best match first, among those the viewer may
     * see (optionally in one project): the ask form shows them so that people find an answer before asking again.
     */
    public List<Question> similar(Optional<String> viewer, String title, Optional<String> projectKey, int limit) {
        return search.similar(viewer, title, projectKey, limit);
    }

    /** The sanitized HTML of Markdown, for the live preview of the ask and answer forms. */
    public Outcome<String> preview(String body) {
        return attempt(() -> markdown.render(QaInputs.validBody(body, false)));
    }

    // ---------------------------------------------------------------------------------------------------- issues

    /**
     * Raises an issue from a project-wide question through the host, reported by {@code user} (any user who may see
     * the question; the host decides whether they may create issues in the project), and links the question to it.
     * The host is called outside any transaction of ours: creating an issue fires the host's own events, which the
     * engine handles in transactions of its own.
     */
    public Outcome<IssueRef> raiseIssue(String user, long questionId, IssueCreation host) {
        return attempt(() -> issueLinks.raise(user, questionId, host));
    }

    /**
     * Records that the host created this issue from the question (for hosts that create it themselves, e.g. from a
     * create-issue dialog); the user must see both.
     */
    public Outcome<Question> raisedIssue(String user, long questionId, String issueKey) {
        return attempt(() -> issueLinks.raised(user, questionId, issueKey));
    }

    /**
     * Copies the accepted answer onto the question's issue (the one it was asked on, or raised from it) as a comment
     * by {@code user} that credits the answer's author; the asker or an admin may. Returns the issue key.
     */
    public Outcome<String> copyAcceptedAnswer(String user, long questionId, long answerId, IssueCreation host) {
        return attempt(() -> issueLinks.copyAcceptedAnswer(user, questionId, answerId, host));
    }

    /** Runs an operation; a {@link QaRejection} anywhere inside (its transaction rolled back) becomes a refusal. */
    private static <T> Outcome<T> attempt(Supplier<T> operation) {
        try {
            return Outcome.done(operation.get());
        } catch (QaRejection rejection) {
            return rejection.toOutcome();
        }
    }
}
