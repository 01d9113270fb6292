package com.socialitsm.qa;

import static com.socialitsm.qa.QaFixture.problemOf;
import static com.socialitsm.qa.QaFixture.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

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

/** A question becomes an issue through the host's IssueCreation port; its accepted answer can go there as a comment. */
@DatabaseTest
class RaiseIssueTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private QaFixture qa;
    private QuestionService questions;
    private InMemoryIssueCreation host;

    @BeforeEach
    void setUp() {
        qa = new QaFixture(db.store());
        questions = qa.questions;
        host = new InMemoryIssueCreation(qa.host);
    }

    @Test
    void raisingAnIssueCreatesItOnceAndLinksTheQuestion() {
        Question question = qa.ask("alice", QuestionDraft.inProject("SD", "Everyone's mailbox is full", "Since 9:00"));

        IssueRef issue = questions.raiseIssue("bob", question.id(), host).value();

        assertThat(issue.projectKey()).isEqualTo("SD");
        assertThat(issue.summary()).isEqualTo("Everyone's mailbox is full");
        assertThat(issue.description()).startsWith("Since 9:00").contains("asked by Alice");
        assertThat(issue.reporter()).contains("bob");
        assertThat(questions.get(Optional.of("carol"), question.id()).value().question().raisedIssueKey())
                .contains(issue.key());
        assertThat(qa.events.log()).contains("raised q:" + question.id() + " as " + issue.id());
        assertThat(problemOf(questions.raiseIssue("alice", question.id(), host))).isEqualTo(Problem.CONFLICT);
    }

    @Test
    void questionsOnIssuesAreNotRaisedAndRefusalsAreForbidden() {
        Question onIssue = qa.ask("alice", QuestionDraft.onIssue(qa.vpnIssue.key(), "VPN question on an issue", ""));
        Question projectWide = qa.askInSd("alice", "A project-wide question");
        host.bar("carol");

        assertThat(problemOf(questions.raiseIssue("alice", onIssue.id(), host))).isEqualTo(Problem.CONFLICT);
        Outcome<IssueRef> refused = questions.raiseIssue("carol", projectWide.id(), host);
        assertThat(problemOf(refused)).isEqualTo(Problem.FORBIDDEN);
        assertThat(refusalOf(refused).message()).contains("may not create");
        assertThat(questions.get(Optional.of("alice"), projectWide.id()).value().question().raisedIssueKey())
                .isEmpty();
    }

    @Test
    void aHostCreatedIssueCanBeLinkedIfTheUserSeesIt() {
        Question question = qa.askInSd("alice", "Badge reader at door B");
        IssueRef hidden = qa.host.addIssue(qa.sd, "Badge reader", "", "alice");
        qa.host.restrictIssue(hidden, "alice");

        assertThat(problemOf(questions.raisedIssue("bob", question.id(), hidden.key()))).isEqualTo(Problem.NOT_FOUND);
        assertThat(questions.raisedIssue("alice", question.id(), hidden.key()).value().raisedIssueKey())
                .contains(hidden.key());
        assertThat(questions.raisedIssue("alice", question.id(), hidden.key()).isDone()).isTrue();
    }

    @Test
    void theAcceptedAnswerIsCopiedOntoTheIssueCreditingItsAuthor() {
        Question question = qa.ask("alice", QuestionDraft.onIssue(qa.vpnIssue.key(), "VPN drops every hour", ""));
        Answer accepted = qa.answer("bob", question, "Set the MTU to **1400**.");
        Answer other = qa.answer("carol", question, "Reboot.");
        questions.accept("alice", question.id(), accepted.id()).value();

        assertThat(problemOf(questions.copyAcceptedAnswer("carol", question.id(), accepted.id(), host)))
                .isEqualTo(Problem.FORBIDDEN);
        assertThat(problemOf(questions.copyAcceptedAnswer("alice", question.id(), other.id(), host)))
                .isEqualTo(Problem.CONFLICT);
        assertThat(questions.copyAcceptedAnswer("alice", question.id(), accepted.id(), host).value())
                .isEqualTo(qa.vpnIssue.key());

        assertThat(host.comments()).singleElement().satisfies(comment -> {
            assertThat(comment.issueKey()).isEqualTo(qa.vpnIssue.key());
            assertThat(comment.author()).isEqualTo("alice");
            assertThat(comment.body()).startsWith("Accepted answer by Bob").endsWith("Set the MTU to **1400**.");
        });

        Question unlinked = qa.askInSd("alice", "Unlinked question here");
        Answer answer = qa.answer("bob", unlinked, "Yes.");
        questions.accept("alice", unlinked.id(), answer.id()).value();
        assertThat(problemOf(questions.copyAcceptedAnswer("alice", unlinked.id(), answer.id(), host)))
                .isEqualTo(Problem.CONFLICT);
        IssueRef raised = questions.raiseIssue("alice", unlinked.id(), host).value();
        assertThat(questions.copyAcceptedAnswer("admin", unlinked.id(), answer.id(), host).value())
                .isEqualTo(raised.key());
    }
}
