package com.socialitsm.qa;

import static com.socialitsm.qa.QaFixture.problemOf;
import static com.socialitsm.qa.QaFixture.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.host.IssueRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryIssueCreation;
import com.socialitsm.testing.StoreExtension;

/**
 * A question on a hidden issue, or project-wide in a hidden project, does not exist for those who may not see it:
 * every operation answers "not found" with the same message as for a missing one, lists and suggestions skip it and
 * no count includes it.
 */
@DatabaseTest
class QuestionVisibilityTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private QaFixture qa;
    private QuestionService questions;
    private IssueRef hiddenIssue;
    private Question onHiddenIssue;
    private Question inHiddenProject;
    private Question visible;
    private Answer answerOnHiddenIssue;

    @BeforeEach
    void setUp() {
        qa = new QaFixture(db.store());
        questions = qa.questions;
        hiddenIssue = qa.host.addIssue(qa.sd, "Salary data exposed", "", "alice");
        qa.host.restrictIssue(hiddenIssue, "alice", "bob");
        onHiddenIssue = qa.ask("alice", QuestionDraft.onIssue(hiddenIssue.key(), "Who can read the salary share?",
                "#salary"));
        inHiddenProject = qa.ask("bob", QuestionDraft.inProject("SEC", "Where is the salary pen test report?",
                "#salary"));
        visible = qa.ask("alice", QuestionDraft.inProject("SD", "How do I request a salary statement?", "#salary"));
        answerOnHiddenIssue = qa.answer("bob", onHiddenIssue, "Only HR.");
    }

    @Test
    void hiddenQuestionsAreNotFoundLikeMissingOnes() {
        for (Question hidden : List.of(onHiddenIssue, inHiddenProject)) {
            Outcome<QuestionDetail> get = questions.get(Optional.of("carol"), hidden.id());
            Outcome<QuestionDetail> missing = questions.get(Optional.of("carol"), 987_654);
            assertThat(problemOf(get)).isEqualTo(Problem.NOT_FOUND);
            assertThat(refusalOf(get).message()).isEqualTo(refusalOf(missing).message());
            assertThat(problemOf(questions.get(Optional.empty(), hidden.id()))).isEqualTo(Problem.NOT_FOUND);
            assertThat(problemOf(questions.answer("carol", hidden.id(), "peek"))).isEqualTo(Problem.NOT_FOUND);
            assertThat(problemOf(questions.voteOnQuestion("carol", hidden.id(), 1))).isEqualTo(Problem.NOT_FOUND);
            assertThat(problemOf(questions.editQuestion("carol", hidden.id(),
                    new QuestionEdit(Optional.of("A new title"), Optional.empty(), Optional.empty()))))
                    .isEqualTo(Problem.NOT_FOUND);
            assertThat(problemOf(questions.deleteQuestion("carol", hidden.id()))).isEqualTo(Problem.NOT_FOUND);
            assertThat(problemOf(questions.unaccept("carol", hidden.id()))).isEqualTo(Problem.NOT_FOUND);
            assertThat(problemOf(questions.raiseIssue("carol", hidden.id(), new InMemoryIssueCreation(qa.host))))
                    .isEqualTo(Problem.NOT_FOUND);
        }
        assertThat(questions.get(Optional.of("bob"), onHiddenIssue.id()).isDone()).isTrue();
        assertThat(questions.get(Optional.of("alice"), inHiddenProject.id()).isDone()).isTrue();
    }

    @Test
    void answersOfHiddenQuestionsAreNotFoundLikeMissingOnes() {
        long hiddenAnswer = answerOnHiddenIssue.id();
        Outcome<VoteTally> vote = questions.voteOnAnswer("carol", hiddenAnswer, 1);
        assertThat(problemOf(vote)).isEqualTo(Problem.NOT_FOUND);
        assertThat(refusalOf(vote).message())
                .isEqualTo(refusalOf(questions.voteOnAnswer("carol", 987_654, 1)).message());
        assertThat(problemOf(questions.editAnswer("carol", hiddenAnswer, "x"))).isEqualTo(Problem.NOT_FOUND);
        assertThat(problemOf(questions.deleteAnswer("admin", hiddenAnswer))).isEqualTo(Problem.NOT_FOUND);
        // Even an admin who may not browse the issue cannot accept on it: hidden first, permission second.
        assertThat(problemOf(questions.accept("admin", onHiddenIssue.id(), hiddenAnswer)))
                .isEqualTo(Problem.NOT_FOUND);
        assertThat(questions.voteOnAnswer("alice", hiddenAnswer, 1).isDone()).isTrue();
    }

    @Test
    void nobodyAsksOnWhatTheyCannotSee() {
        Outcome<Question> onIssue = questions.ask("carol", QuestionDraft.onIssue(hiddenIssue.key(),
                "Asking on a hidden issue", ""));
        Outcome<Question> onMissing = questions.ask("carol", QuestionDraft.onIssue("SD-999999",
                "Asking on a missing issue", ""));
        assertThat(problemOf(onIssue)).isEqualTo(Problem.NOT_FOUND);
        assertThat(refusalOf(onIssue).message()).isEqualTo(refusalOf(onMissing).message());
        assertThat(refusalOf(questions.ask("dave", QuestionDraft.inProject("SEC", "Asking in a hidden project", "")))
                .message()).isEqualTo(refusalOf(questions.ask("dave",
                        QuestionDraft.inProject("NOPE", "Asking in no project", ""))).message());
    }

    @Test
    void listsSimilarSuggestionsAndCountsLeaveHiddenQuestionsOut() {
        assertThat(ids(questions.list(Optional.of("carol"), QuestionQuery.newest(20)).value().items()))
                .containsExactly(visible.id());
        assertThat(ids(questions.list(Optional.of("dave"), QuestionQuery.newest(20).taggedWith("salary"))
                .value().items())).containsExactly(visible.id());
        assertThat(ids(questions.list(Optional.of("carol"), QuestionQuery.newest(20).matching("salary")).value()
                .items())).containsExactly(visible.id());
        assertThat(ids(questions.list(Optional.of("bob"), QuestionQuery.newest(20)).value().items()))
                .containsExactly(visible.id(), inHiddenProject.id(), onHiddenIssue.id());
        assertThat(questions.list(Optional.empty(), QuestionQuery.newest(20)).value().items()).hasSize(1);

        assertThat(ids(questions.similar(Optional.of("carol"), "salary share report", Optional.empty(), 10)))
                .containsExactly(visible.id());
        assertThat(ids(questions.similar(Optional.of("bob"), "salary share report", Optional.empty(), 10)))
                .containsExactlyInAnyOrder(visible.id(), inHiddenProject.id(), onHiddenIssue.id());
        assertThat(questions.similar(Optional.of("dave"), "salary report", Optional.of("SEC"), 10)).isEmpty();

        Outcome<QuestionPage> issuePanel = questions.list(Optional.of("carol"),
                QuestionQuery.newest(20).onIssue(hiddenIssue.key()));
        assertThat(problemOf(issuePanel)).isEqualTo(Problem.NOT_FOUND);
        assertThat(questions.list(Optional.of("bob"), QuestionQuery.newest(20).onIssue(hiddenIssue.key())).value()
                .total()).hasValue(1);
        assertThat(problemOf(questions.list(Optional.of("dave"), QuestionQuery.newest(20).inProject("SEC"))))
                .isEqualTo(Problem.NOT_FOUND);
    }

    @Test
    void aQuestionFollowsItsIssueIntoHiding() {
        Question question = qa.ask("alice", QuestionDraft.onIssue(qa.vpnIssue.key(), "VPN question soon hidden", ""));
        assertThat(questions.get(Optional.of("carol"), question.id()).isDone()).isTrue();

        qa.host.restrictIssue(qa.vpnIssue, "alice");

        assertThat(problemOf(questions.get(Optional.of("carol"), question.id()))).isEqualTo(Problem.NOT_FOUND);
        assertThat(ids(questions.list(Optional.of("carol"), QuestionQuery.newest(20)).value().items()))
                .doesNotContain(question.id());

        qa.host.remove(qa.vpnIssue);
        assertThat(problemOf(questions.get(Optional.of("alice"), question.id()))).isEqualTo(Problem.NOT_FOUND);
    }

    @Test
    void pagesSkipHiddenQuestionsWithoutLosingVisibleOnes() {
        // 30 hidden questions between visible ones: pages of 5 still bring every visible question, in order.
        for (int i = 0; i < 30; i++) {
            qa.ask("bob", QuestionDraft.inProject("SEC", "Hidden filler question " + i, ""));
            if (i % 10 == 0) {
                qa.askInSd("alice", "Visible question number " + i);
            }
        }
        List<Long> expected = ids(questions.list(Optional.of("admin"), QuestionQuery.newest(100)).value().items()
                .stream().filter(q -> q.projectKey().equals("SD")).toList());

        List<Long> seen = new ArrayList<>();
        QuestionQuery query = QuestionQuery.newest(2);
        for (int pages = 0; pages < 40; pages++) {
            QuestionPage page = questions.list(Optional.of("carol"), query).value();
            seen.addAll(ids(page.items()));
            if (page.next().isEmpty()) {
                break;
            }
            query = query.after(page.next().get());
        }
        assertThat(seen).isEqualTo(expected).hasSize(4);
    }

    private static List<Long> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }
}
