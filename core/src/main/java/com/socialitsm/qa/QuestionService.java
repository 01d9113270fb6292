package com.socialitsm.qa;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import net.java.ao.Query;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueCreation;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.store.AnswerEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.QaVoteEntity;
import com.socialitsm.store.QuestionEntity;
import com.socialitsm.store.Store;

/**
 * Community Q&amp;A: peers ask, answer, vote and accept, on an issue or across a project.
 *
 * <p>Visibility: a question on an issue is visible to whoever may browse that issue, a project-wide one to whoever
 * may browse the project. Anything hidden behaves exactly as if it did not exist ({@link QaResult.Problem#NOT_FOUND}
 * with the same message), in every operation, listing and count.
 *
 * <p>Concurrency: every change that recounts a question's derived columns (score, answer count, an answer's up- and
 * downvotes) or awards points first takes the question's row lock (see {@link #lockVisibleQuestion}); the recount
 * then sees every earlier change, so the columns equal what the rows say, and awards and their reversals pair up.
 * Counters are always recounted from rows, never incremented.
 */
public final class QuestionService {
    public static final int TITLE_MIN_LENGTH = 10;
    public static final int TITLE_MAX_LENGTH = 200;
    public static final int BODY_MAX_LENGTH = 30_000;
    public static final int MAX_LIMIT = QuestionSearch.MAX_LIMIT;
    public static final int MAX_SIMILAR = QuestionSearch.MAX_SIMILAR;

    private static final int RACE_ATTEMPTS = 3;
    /** Bound on the answers a question's page shows. */
    private static final int MAX_ANSWERS = 500;
    private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\p{Cntrl}\\s]+");

    private static final String NO_SUCH_QUESTION = "There is no such question.";
    private static final String NO_SUCH_ANSWER = "There is no such answer.";

    private final Store store;
    private final Clock clock;
    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final MarkdownRenderer markdown;
    private final QaEvents events;
    private final QuestionVisibility visibility;
    private final QaRecords records;
    private final QuestionSearch search;

    public QuestionService(Store store, Clock clock, IssueDirectory issues, UserDirectory users, AccessPolicy access,
            MarkdownRenderer markdown, QaEvents events) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.issues = Objects.requireNonNull(issues);
        this.access = Objects.requireNonNull(access);
        this.markdown = Objects.requireNonNull(markdown);
        this.events = Objects.requireNonNull(events);
        this.visibility = new QuestionVisibility(issues, access);
        this.records = new QaRecords(issues, Objects.requireNonNull(users));
        this.search = new QuestionSearch(store, visibility, records);
    }

    // ---------------------------------------------------------------------------------------------------- asking

    /**
     * Asks a question on an issue the asker may browse, or project-wide in a project they may browse. Its hashtags
     * are the chosen ones plus those written in the title and body. Asking on an issue makes the asker follow it.
     */
    public QaResult<Question> ask(String asker, QuestionDraft draft) {
        return attempt(() -> {
            String title = validTitle(draft.title());
            String body = validBody(draft.body(), false);
            Placement where = placement(Optional.of(asker), draft);
            List<String> tags = QuestionTags.combine(chosenTags(draft.hashtags()), extractedTags(title, body));
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
            QuestionEntity created = inTransaction(() -> {
                QuestionEntity question = store.create(QuestionEntity.class, row);
                events.questionAsked(questionPost(question));
                return question;
            });
            return records.question(created);
        });
    }

    /** An author's edit of their question's title, body or chosen hashtags. */
    public QaResult<Question> editQuestion(String editor, long questionId, QuestionEdit edit) {
        return attempt(() -> {
            QuestionEntity question = visibleQuestion(Optional.of(editor), questionId);
            if (!question.getAuthor().equals(editor)) {
                throw QaRejection.forbidden("Only the author can edit this question.");
            }
            String title = edit.title().map(QuestionService::validTitle).orElse(question.getTitle());
            String body = edit.body().map(b -> validBody(b, false)).orElse(question.getBody());
            List<String> chosen = edit.hashtags().map(QuestionService::chosenTags)
                    .orElseGet(() -> QuestionTags.fromColumn(question.getHashtags()));
            List<String> tags = QuestionTags.combine(chosen, extractedTags(title, body));
            store.executeInTransaction(() -> {
                question.setTitle(title);
                question.setSearchText(TitleWords.searchText(title));
                question.setBody(body);
                question.setHashtags(QuestionTags.toColumn(tags));
                question.setEditedAt(clock.millis());
                question.save();
                return null;
            });
            return records.question(question);
        });
    }

    /**
     * Soft-deletes a question (its author or an admin): it disappears everywhere, and every point it earned others
     * is reversed — its accepted answer's award and its answers' upvotes — with their vote rows removed.
     */
    public QaResult<Boolean> deleteQuestion(String user, long questionId) {
        return attempt(() -> inTransaction(() -> {
            QuestionEntity question = lockVisibleQuestion(Optional.of(user), questionId, NO_SUCH_QUESTION);
            if (!question.getAuthor().equals(user) && !access.isAdmin(Optional.of(user))) {
                throw QaRejection.forbidden("Only the author or an administrator can delete this question.");
            }
            withdrawAcceptance(question);
            List<String> posts = new ArrayList<>();
            posts.add(questionPost(question).key());
            for (AnswerEntity answer : liveAnswers(question.getID())) {
                reverseUpvotes(question, answer);
                events.answerDeleted(answerPost(question, answer));
                posts.add(answerPost(question, answer).key());
            }
            for (List<String> chunk : InList.chunks(posts)) {
                store.deleteWithSQL(QaVoteEntity.class, InList.in("POST", chunk.size()), chunk.toArray());
            }
            question.setDeleted(true);
            question.setScore(0);
            question.save();
            events.questionDeleted(questionPost(question));
            return Boolean.TRUE;
        }));
    }

    // ---------------------------------------------------------------------------------------------------- answers

    /**
     * Answers a question the author may see; returns the answer as its author now sees it. Answering a question on
     * an issue makes the author follow it.
     */
    public QaResult<QuestionDetail.AnswerDetail> answer(String author, long questionId, String body) {
        return attempt(() -> {
            String text = validBody(body, true);
            Map<String, Object> row = new HashMap<>();
            row.put("BODY", text);
            row.put("AUTHOR", author);
            row.put("CREATED_AT", clock.millis());
            row.put("EDITED_AT", 0L);
            row.put("DELETED", false);
            row.put("UPVOTES", 0);
            row.put("DOWNVOTES", 0);
            AnswerEntity created = inTransaction(() -> {
                QuestionEntity question = lockVisibleQuestion(Optional.of(author), questionId, NO_SUCH_QUESTION);
                row.put("QUESTION_ID", question.getID());
                AnswerEntity answer = store.create(AnswerEntity.class, row);
                question.setAnswerCount(countLiveAnswers(question.getID()));
                question.save();
                events.answerPosted(answerPost(question, answer));
                return answer;
            });
            return authorsView(QaRecords.answer(created, false, records.usersByKey(List.of(author))));
        });
    }

    /** An author's edit of their answer; returns the answer as its author now sees it. */
    public QaResult<QuestionDetail.AnswerDetail> editAnswer(String editor, long answerId, String body) {
        return attempt(() -> {
            String text = validBody(body, true);
            AnswerEntity answer = liveAnswer(answerId);
            QuestionEntity question = visibleQuestion(Optional.of(editor), answer.getQuestionId(), NO_SUCH_ANSWER);
            if (!answer.getAuthor().equals(editor)) {
                throw QaRejection.forbidden("Only the author can edit this answer.");
            }
            store.executeInTransaction(() -> {
                answer.setBody(text);
                answer.setEditedAt(clock.millis());
                answer.save();
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
    public QaResult<Boolean> deleteAnswer(String user, long answerId) {
        return attempt(() -> inTransaction(() -> {
            AnswerEntity found = liveAnswer(answerId);
            QuestionEntity question =
                    lockVisibleQuestion(Optional.of(user), found.getQuestionId(), NO_SUCH_ANSWER);
            AnswerEntity answer = liveAnswer(answerId);
            if (!answer.getAuthor().equals(user) && !access.isAdmin(Optional.of(user))) {
                throw QaRejection.forbidden("Only the author or an administrator can delete this answer.");
            }
            if (question.getAcceptedAnswerId() == answer.getID()) {
                withdrawAcceptance(question);
            }
            reverseUpvotes(question, answer);
            store.deleteWithSQL(QaVoteEntity.class, "POST = ?", answerPost(question, answer).key());
            answer.setDeleted(true);
            answer.setUpvotes(0);
            answer.setDownvotes(0);
            answer.save();
            events.answerDeleted(answerPost(question, answer));
            question.setAnswerCount(countLiveAnswers(question.getID()));
            question.save();
            return Boolean.TRUE;
        }));
    }

    // ---------------------------------------------------------------------------------------------------- votes

    /** Votes +1 or -1 on a question, or withdraws the vote with 0; one vote per user, changeable. */
    public QaResult<VoteTally> voteOnQuestion(String voter, long questionId, int value) {
        return attempt(() -> {
            checkVoteValue(value);
            return inTransaction(() -> {
                QuestionEntity question = lockVisibleQuestion(Optional.of(voter), questionId, NO_SUCH_QUESTION);
                if (question.getAuthor().equals(voter)) {
                    throw QaRejection.forbidden("You cannot vote on your own question.");
                }
                String post = questionPost(question).key();
                castVote(post, voter, value);
                question.setScore(countVotes(post, 1) - countVotes(post, -1));
                question.save();
                return new VoteTally(question.getScore(), value);
            });
        });
    }

    /**
     * Votes +1 or -1 on an answer, or withdraws the vote with 0. An upvote earns the answer's author points; a
     * withdrawn or reversed upvote takes them back.
     */
    public QaResult<VoteTally> voteOnAnswer(String voter, long answerId, int value) {
        return attempt(() -> {
            checkVoteValue(value);
            AnswerEntity found = liveAnswer(answerId);
            return inTransaction(() -> {
                QuestionEntity question =
                        lockVisibleQuestion(Optional.of(voter), found.getQuestionId(), NO_SUCH_ANSWER);
                AnswerEntity answer = liveAnswer(answerId);
                if (answer.getAuthor().equals(voter)) {
                    throw QaRejection.forbidden("You cannot vote on your own answer.");
                }
                QaPost post = answerPost(question, answer);
                int previous = castVote(post.key(), voter, value);
                answer.setUpvotes(countVotes(post.key(), 1));
                answer.setDownvotes(countVotes(post.key(), -1));
                answer.save();
                if (previous != 1 && value == 1) {
                    events.answerUpvoted(post, voter);
                } else if (previous == 1 && value != 1) {
                    events.answerUpvoteReversed(post, voter);
                }
                return new VoteTally(answer.getUpvotes() - answer.getDownvotes(), value);
            });
        });
    }

    // ---------------------------------------------------------------------------------------------------- accepting

    /**
     * Accepts one answer (the asker or an admin). Accepting another answer later reverses the first one's award;
     * accepting the accepted answer again changes nothing.
     */
    public QaResult<Question> accept(String user, long questionId, long answerId) {
        return attempt(() -> {
            QuestionEntity accepted = inTransaction(() -> {
                QuestionEntity question = lockVisibleQuestion(Optional.of(user), questionId, NO_SUCH_QUESTION);
                requireMayAccept(user, question);
                AnswerEntity answer = answerOf(question, answerId);
                if (question.getAcceptedAnswerId() != answer.getID()) {
                    withdrawAcceptance(question);
                    question.setAcceptedAnswerId(answer.getID());
                    question.save();
                    events.answerAccepted(answerPost(question, answer), user);
                }
                return question;
            });
            return records.question(accepted);
        });
    }

    /** Takes the acceptance back (the asker or an admin), reversing its award. */
    public QaResult<Question> unaccept(String user, long questionId) {
        return attempt(() -> {
            QuestionEntity question = inTransaction(() -> {
                QuestionEntity locked = lockVisibleQuestion(Optional.of(user), questionId, NO_SUCH_QUESTION);
                requireMayAccept(user, locked);
                withdrawAcceptance(locked);
                locked.save();
                return locked;
            });
            return records.question(question);
        });
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** The project of a question the viewer may see (empty when there is none): what a feature switch applies to. */
    public java.util.OptionalLong projectOf(Optional<String> viewer, long questionId) {
        QaResult<Long> project = attempt(() -> visibleQuestion(viewer, questionId).getProjectId());
        return project.isOk() && project.value() > 0 ? java.util.OptionalLong.of(project.value())
                : java.util.OptionalLong.empty();
    }

    /** A question's page: the question, its answers ranked, the viewer's votes and permissions. */
    public QaResult<QuestionDetail> get(Optional<String> viewer, long questionId) {
        return attempt(() -> {
            QuestionEntity question = visibleQuestion(viewer, questionId);
            AnswerEntity[] rows = store.find(AnswerEntity.class, Query.select()
                    .where("QUESTION_ID = ? AND DELETED = ?", question.getID(), false)
                    .order("ID ASC").limit(MAX_ANSWERS));
            List<String> authors = new ArrayList<>();
            List<String> posts = new ArrayList<>();
            posts.add(questionPost(question).key());
            for (AnswerEntity row : rows) {
                authors.add(row.getAuthor());
                posts.add(answerPost(question, row).key());
            }
            QaRecords.Batch batch = records.batch(List.of(question), authors);
            Map<String, Integer> myVotes = viewer.map(v -> votesBy(v, posts)).orElse(Map.of());
            List<Answer> answers = new ArrayList<>();
            for (AnswerEntity row : rows) {
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
                    myVotes.getOrDefault(questionPost(question).key(), 0), details, asker, asker || admin,
                    viewer.isPresent() && (asker || admin));
        });
    }

    /**
     * A page of the questions the viewer may see, filtered by project, issue, hashtag and title words, in the given
     * order. Hidden questions are skipped before the page is cut, so they are never listed and never counted.
     */
    public QaResult<QuestionPage> list(Optional<String> viewer, QuestionQuery query) {
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
    public QaResult<String> preview(String body) {
        return attempt(() -> markdown.render(validBody(body, false)));
    }

    // ---------------------------------------------------------------------------------------------------- issues

    /**
     * Raises an issue from a project-wide question through the host, reported by {@code user} (any user who may see
     * the question; the host decides whether they may create issues in the project), and links the question to it.
     * The host is called outside any transaction of ours: creating an issue fires the host's own events, which the
     * engine handles in transactions of its own.
     */
    public QaResult<IssueRef> raiseIssue(String user, long questionId, IssueCreation host) {
        return attempt(() -> {
            QuestionEntity question = visibleQuestion(Optional.of(user), questionId);
            requireUnlinked(question);
            ProjectRef project = issues.projectById(question.getProjectId())
                    .orElseThrow(() -> QaRejection.notFound(NO_SUCH_QUESTION));
            UserRef asker = records.user(question.getAuthor());
            String description = (question.getBody().isBlank() ? "" : question.getBody() + "\n\n")
                    + "Raised from the community question \"" + question.getTitle() + "\" asked by "
                    + asker.displayName() + ".";
            IssueRef issue;
            try {
                issue = host.create(project, question.getTitle(), description, user);
            } catch (IssueCreation.Refused refused) {
                throw QaRejection.forbidden(refused.getMessage());
            }
            linkRaisedIssue(user, questionId, issue);
            return issue;
        });
    }

    /**
     * Records that the host created this issue from the question (for hosts that create it themselves, e.g. from a
     * create-issue dialog); the user must see both.
     */
    public QaResult<Question> raisedIssue(String user, long questionId, String issueKey) {
        return attempt(() -> {
            IssueRef issue = visibility.issue(Optional.of(user), issueKey);
            QuestionEntity question = linkRaisedIssue(user, questionId, issue);
            return records.question(question);
        });
    }

    private QuestionEntity linkRaisedIssue(String user, long questionId, IssueRef issue) {
        return inTransaction(() -> {
            QuestionEntity question = lockVisibleQuestion(Optional.of(user), questionId, NO_SUCH_QUESTION);
            if (question.getRaisedIssueId() == issue.id()) {
                return question;
            }
            requireUnlinked(question);
            question.setRaisedIssueId(issue.id());
            question.save();
            events.issueRaised(questionPost(question), issue.id());
            return question;
        });
    }

    /**
     * Copies the accepted answer onto the question's issue (the one it was asked on, or raised from it) as a comment
     * by {@code user} that credits the answer's author; the asker or an admin may. Returns the issue key.
     */
    public QaResult<String> copyAcceptedAnswer(String user, long questionId, long answerId, IssueCreation host) {
        return attempt(() -> {
            Optional<String> viewer = Optional.of(user);
            QuestionEntity question = visibleQuestion(viewer, questionId);
            requireMayAccept(user, question);
            AnswerEntity answer = answerOf(question, answerId);
            if (question.getAcceptedAnswerId() != answer.getID()) {
                throw QaRejection.conflict("Only the accepted answer can be copied to the issue.");
            }
            long issueId = question.getIssueId() != 0 ? question.getIssueId() : question.getRaisedIssueId();
            if (issueId == 0) {
                throw QaRejection.conflict("This question is not linked to an issue.");
            }
            IssueRef issue = issues.byId(issueId).filter(i -> access.canBrowse(viewer, i.id()))
                    .orElseThrow(() -> QaRejection.notFound(QuestionVisibility.NO_SUCH_ISSUE));
            UserRef author = records.user(answer.getAuthor());
            String comment = "Accepted answer by " + author.displayName() + " to the community question \""
                    + question.getTitle() + "\":\n\n" + answer.getBody();
            try {
                host.comment(issue.key(), user, comment);
            } catch (IssueCreation.Refused refused) {
                throw QaRejection.forbidden(refused.getMessage());
            }
            return issue.key();
        });
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private record Placement(Optional<IssueRef> issue, ProjectRef project) {
    }

    private Placement placement(Optional<String> asker, QuestionDraft draft) {
        Optional<String> issueKey = QaInputs.nonBlank(draft.issueKey());
        Optional<String> projectKey = QaInputs.nonBlank(draft.projectKey());
        if (issueKey.isPresent()) {
            IssueRef issue = visibility.issue(asker, issueKey.get());
            if (projectKey.isPresent() && !projectKey.get().equalsIgnoreCase(issue.projectKey())) {
                throw QaRejection.invalid("The issue " + issue.key() + " is not in project "
                        + QaInputs.quoted(projectKey.get()) + ".");
            }
            ProjectRef project = issues.projectById(issue.projectId())
                    .orElseGet(() -> new ProjectRef(issue.projectId(), issue.projectKey(), issue.projectKey()));
            return new Placement(Optional.of(issue), project);
        }
        if (projectKey.isPresent()) {
            return new Placement(Optional.empty(), visibility.project(asker, projectKey.get()));
        }
        throw QaRejection.invalid("Ask on an issue (issueKey) or in a project (project).");
    }

    private QuestionEntity visibleQuestion(Optional<String> viewer, long questionId) {
        return visibleQuestion(viewer, questionId, NO_SUCH_QUESTION);
    }

    private QuestionEntity visibleQuestion(Optional<String> viewer, long questionId, String notFound) {
        QuestionEntity question = entityId(questionId, notFound) > 0
                ? store.get(QuestionEntity.class, (int) questionId) : null;
        if (question == null || !visibility.isVisible(viewer, question)) {
            throw QaRejection.notFound(notFound);
        }
        return question;
    }

    /**
     * The question, visible to the viewer, with its row locked until the transaction ends. Active Objects has no
     * SELECT ... FOR UPDATE, so the lock is taken portably by writing back a column that never changes (CREATED_AT):
     * the UPDATE holds the row lock on every database, a concurrent writer of the same question waits for our
     * commit, and the question is read again after the lock so that its values include every earlier commit.
     */
    private QuestionEntity lockVisibleQuestion(Optional<String> viewer, long questionId, String notFound) {
        QuestionEntity question = visibleQuestion(viewer, questionId, notFound);
        question.setCreatedAt(question.getCreatedAt());
        question.save();
        QuestionEntity locked = store.get(QuestionEntity.class, question.getID());
        if (locked == null || locked.isDeleted()) {
            throw QaRejection.notFound(notFound);
        }
        return locked;
    }

    private AnswerEntity liveAnswer(long answerId) {
        AnswerEntity answer = entityId(answerId, NO_SUCH_ANSWER) > 0
                ? store.get(AnswerEntity.class, (int) answerId) : null;
        if (answer == null || answer.isDeleted()) {
            throw QaRejection.notFound(NO_SUCH_ANSWER);
        }
        return answer;
    }

    private AnswerEntity answerOf(QuestionEntity question, long answerId) {
        AnswerEntity answer = liveAnswer(answerId);
        if (answer.getQuestionId() != question.getID()) {
            throw QaRejection.notFound(NO_SUCH_ANSWER);
        }
        return answer;
    }

    private static int entityId(long id, String notFound) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            throw QaRejection.notFound(notFound);
        }
        return (int) id;
    }

    private void requireMayAccept(String user, QuestionEntity question) {
        if (!question.getAuthor().equals(user) && !access.isAdmin(Optional.of(user))) {
            throw QaRejection.forbidden("Only the asker or an administrator can accept an answer.");
        }
    }

    private static void requireUnlinked(QuestionEntity question) {
        if (question.getIssueId() != 0) {
            throw QaRejection.conflict("This question was asked on an issue already.");
        }
        if (question.getRaisedIssueId() != 0) {
            throw QaRejection.conflict("An issue was already raised from this question.");
        }
    }

    /** Reverses the current acceptance's award and clears it (the caller saves the question). */
    private void withdrawAcceptance(QuestionEntity question) {
        int acceptedId = question.getAcceptedAnswerId();
        if (acceptedId == 0) {
            return;
        }
        AnswerEntity previous = store.get(AnswerEntity.class, acceptedId);
        if (previous != null) {
            events.answerAcceptanceReversed(answerPost(question, previous));
        }
        question.setAcceptedAnswerId(0);
    }

    private void reverseUpvotes(QuestionEntity question, AnswerEntity answer) {
        QaPost post = answerPost(question, answer);
        for (QaVoteEntity vote : store.find(QaVoteEntity.class,
                Query.select().where("POST = ? AND VOTE_VALUE = ?", post.key(), 1))) {
            events.answerUpvoteReversed(post, vote.getVoter());
        }
    }

    /** Sets, changes or (value 0) removes the voter's vote on a post; returns the previous value (0 for none). */
    private int castVote(String post, String voter, int value) {
        String key = post + "|" + voter;
        QaVoteEntity[] existing = store.find(QaVoteEntity.class, Query.select().where("VOTE_KEY = ?", key));
        int previous = existing.length == 0 ? 0 : existing[0].getVoteValue();
        if (value == 0) {
            store.delete(existing);
        } else if (existing.length > 0) {
            if (previous != value) {
                existing[0].setVoteValue(value);
                existing[0].save();
            }
        } else {
            store.create(QaVoteEntity.class, Map.of("VOTE_KEY", key, "POST", post, "VOTER", voter,
                    "VOTE_VALUE", value));
        }
        return previous;
    }

    private int countVotes(String post, int value) {
        return store.count(QaVoteEntity.class, "POST = ? AND VOTE_VALUE = ?", post, value);
    }

    private int countLiveAnswers(int questionId) {
        return store.count(AnswerEntity.class, "QUESTION_ID = ? AND DELETED = ?", questionId, false);
    }

    private AnswerEntity[] liveAnswers(int questionId) {
        return store.find(AnswerEntity.class, Query.select().where("QUESTION_ID = ? AND DELETED = ?", questionId,
                false));
    }

    /** The viewer's votes among these posts, by post. */
    private Map<String, Integer> votesBy(String voter, List<String> posts) {
        Map<String, Integer> votes = new HashMap<>();
        for (List<String> chunk : InList.chunks(posts)) {
            Object[] parameters = new Object[chunk.size() + 1];
            parameters[0] = voter;
            for (int i = 0; i < chunk.size(); i++) {
                parameters[i + 1] = chunk.get(i);
            }
            for (QaVoteEntity vote : store.find(QaVoteEntity.class, Query.select()
                    .where("VOTER = ? AND " + InList.in("POST", chunk.size()), parameters))) {
                votes.put(vote.getPost(), vote.getVoteValue());
            }
        }
        return votes;
    }

    private static void checkVoteValue(int value) {
        if (value < -1 || value > 1) {
            throw QaRejection.invalid("A vote is 1, -1 or 0 (to withdraw it).");
        }
    }

    static String validTitle(String raw) {
        String title = raw == null ? "" : CONTROL_OR_SPACE.matcher(raw).replaceAll(" ").strip();
        if (title.length() < TITLE_MIN_LENGTH || title.length() > TITLE_MAX_LENGTH) {
            throw QaRejection.invalid("The title must be " + TITLE_MIN_LENGTH + " to " + TITLE_MAX_LENGTH
                    + " characters long; it has " + title.length() + ".");
        }
        return title;
    }

    static String validBody(String raw, boolean required) {
        String body = raw == null ? "" : raw.strip();
        if (body.length() > BODY_MAX_LENGTH) {
            throw QaRejection.invalid("The text must be at most 30,000 characters long; it has " + body.length()
                    + ".");
        }
        if (required && body.isEmpty()) {
            throw QaRejection.invalid("The answer must not be empty.");
        }
        return body;
    }

    private static List<String> chosenTags(List<String> chosen) {
        if (chosen.size() > QuestionTags.MAX_CHOSEN) {
            throw QaRejection.invalid("At most " + QuestionTags.MAX_CHOSEN + " hashtags can be chosen.");
        }
        List<String> tags = new ArrayList<>();
        for (String tag : chosen) {
            String normalized = QuestionTags.normalize(tag)
                    .orElseThrow(() -> QaRejection.invalid(QaInputs.quoted(tag) + " is not a valid hashtag."));
            if (!tags.contains(normalized)) {
                tags.add(normalized);
            }
        }
        return tags;
    }

    private static List<String> extractedTags(String title, String body) {
        return QuestionTags.extract(title + "\n" + body);
    }

    private static QaPost questionPost(QuestionEntity question) {
        return new QaPost(question.getID(), 0, question.getAuthor(), question.getAuthor(), question.getProjectId(),
                question.getIssueId(), question.getTitle(), QuestionTags.fromColumn(question.getHashtags()));
    }

    private static QaPost answerPost(QuestionEntity question, AnswerEntity answer) {
        return new QaPost(question.getID(), answer.getID(), answer.getAuthor(), question.getAuthor(),
                question.getProjectId(), question.getIssueId(), question.getTitle(),
                QuestionTags.fromColumn(question.getHashtags()));
    }

    private <T> T inTransaction(Store.TransactionWork<T> work) {
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, work);
    }

    private static <T> QaResult<T> attempt(Supplier<T> operation) {
        try {
            return QaResult.ok(operation.get());
        } catch (QaRejection rejection) {
            return rejection.toResult();
        }
    }
}
