package com.socialitsm.qa;

import static com.socialitsm.qa.QaFixture.problemOf;
import static com.socialitsm.qa.QaFixture.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.store.QaVoteEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** The whole life of a question, its limits and who may do what, on a real database. */
@DatabaseTest
class QuestionFlowTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private QaFixture qa;
    private QuestionService questions;

    @BeforeEach
    void setUp() {
        qa = new QaFixture(db.store());
        questions = qa.questions;
    }

    @Test
    void askAnswerVoteAcceptChangeAcceptanceAndDeleteKeepsScoresAndPointsExact() {
        Question question = qa.ask("alice", QuestionDraft.onIssue(qa.vpnIssue.key(), "VPN drops every hour #vpn",
                "Since the *update*, the #Outage repeats."));
        assertThat(question.issueKey()).contains(qa.vpnIssue.key());
        assertThat(question.projectKey()).isEqualTo("SD");
        assertThat(question.hashtags()).containsExactly("vpn", "outage");
        assertThat(qa.events.log()).containsExactly("asked q:" + question.id() + " by alice");

        Answer bobs = qa.answer("bob", question, "Restart the **client**.");
        qa.clock.advance(Duration.ofMinutes(5));
        Answer carols = qa.answer("carol", question, "Update the driver.");
        assertThat(questions.get(Optional.of("alice"), question.id()).value().question().answerCount()).isEqualTo(2);

        assertThat(questions.voteOnAnswer("alice", bobs.id(), 1).value()).isEqualTo(new VoteTally(1, 1));
        assertThat(questions.voteOnAnswer("dave", bobs.id(), 1).value()).isEqualTo(new VoteTally(2, 1));
        assertThat(questions.voteOnAnswer("dave", bobs.id(), -1).value()).isEqualTo(new VoteTally(0, -1));
        assertThat(questions.voteOnAnswer("dave", bobs.id(), 1).value()).isEqualTo(new VoteTally(2, 1));
        assertThat(questions.voteOnAnswer("alice", carols.id(), 1).value()).isEqualTo(new VoteTally(1, 1));
        assertThat(questions.voteOnQuestion("bob", question.id(), 1).value()).isEqualTo(new VoteTally(1, 1));
        assertThat(qa.events.points("bob")).isEqualTo(2 * RecordingQaEvents.UPVOTE);

        assertThat(questions.accept("alice", question.id(), bobs.id()).value().acceptedAnswerId())
                .isEqualTo(bobs.id());
        assertThat(qa.events.points("bob")).isEqualTo(2 * RecordingQaEvents.UPVOTE + RecordingQaEvents.ACCEPTED);

        // Accepting the same answer again changes nothing; accepting another moves the award.
        questions.accept("alice", question.id(), bobs.id()).value();
        questions.accept("alice", question.id(), carols.id()).value();
        assertThat(qa.events.points("bob")).isEqualTo(2 * RecordingQaEvents.UPVOTE);
        assertThat(qa.events.points("carol")).isEqualTo(RecordingQaEvents.UPVOTE + RecordingQaEvents.ACCEPTED);

        QuestionDetail page = questions.get(Optional.of("dave"), question.id()).value();
        assertThat(page.question().acceptedAnswerId()).isEqualTo(carols.id());
        assertThat(page.question().score()).isEqualTo(1);
        assertThat(page.answers()).extracting(a -> a.answer().id()).containsExactly(carols.id(), bobs.id());
        assertThat(page.answers().get(1).myVote()).isEqualTo(1);
        assertThat(page.answers().get(1).bodyHtml()).isEqualTo("<p>Restart the <strong>client</strong>.</p>\n");
        assertThat(page.answers().get(1).answer().upvotes()).isEqualTo(2);

        // Deleting the accepted answer reverses its acceptance and upvote; deleting the question reverses the rest.
        assertThat(questions.deleteAnswer("carol", carols.id()).isDone()).isTrue();
        assertThat(qa.events.points("carol")).isZero();
        QuestionDetail afterAnswerDeleted = questions.get(Optional.of("alice"), question.id()).value();
        assertThat(afterAnswerDeleted.question().acceptedAnswerId()).isZero();
        assertThat(afterAnswerDeleted.question().answerCount()).isEqualTo(1);
        assertThat(afterAnswerDeleted.answers()).extracting(a -> a.answer().id()).containsExactly(bobs.id());

        assertThat(questions.deleteQuestion("alice", question.id()).isDone()).isTrue();
        assertThat(qa.events.points("bob")).isZero();
        assertThat(qa.events.log()).containsSubsequence("deleted a:" + carols.id(), "deleted a:" + bobs.id(),
                "deleted q:" + question.id());
        assertThat(db.store().count(QaVoteEntity.class, "ID > ?", 0)).isZero();
        assertThat(problemOf(questions.get(Optional.of("alice"), question.id()))).isEqualTo(Problem.NOT_FOUND);
        assertThat(problemOf(questions.voteOnAnswer("dave", bobs.id(), 1))).isEqualTo(Problem.NOT_FOUND);
        assertThat(problemOf(questions.answer("bob", question.id(), "late"))).isEqualTo(Problem.NOT_FOUND);
        assertThat(questions.list(Optional.of("alice"), QuestionQuery.newest(20)).value().items()).isEmpty();
    }

    @Test
    void withdrawingAVoteOrAnAcceptanceReversesItsAward() {
        Question question = qa.askInSd("alice", "How do I reset my token?");
        Answer answer = qa.answer("bob", question, "Use the portal.");

        questions.voteOnAnswer("carol", answer.id(), 1).value();
        questions.accept("admin", question.id(), answer.id()).value();
        assertThat(qa.events.points("bob")).isEqualTo(RecordingQaEvents.UPVOTE + RecordingQaEvents.ACCEPTED);

        assertThat(questions.voteOnAnswer("carol", answer.id(), 0).value()).isEqualTo(new VoteTally(0, 0));
        assertThat(questions.unaccept("alice", question.id()).value().acceptedAnswerId()).isZero();
        assertThat(qa.events.points("bob")).isZero();
        assertThat(db.store().count(QaVoteEntity.class, "ID > ?", 0)).isZero();
    }

    @Test
    void onlyTheAskerOrAnAdminMayAccept() {
        Question question = qa.askInSd("alice", "Printer queue is stuck");
        Answer answer = qa.answer("bob", question, "Clear the spooler.");

        assertThat(problemOf(questions.accept("bob", question.id(), answer.id()))).isEqualTo(Problem.FORBIDDEN);
        assertThat(problemOf(questions.accept("carol", question.id(), answer.id()))).isEqualTo(Problem.FORBIDDEN);
        assertThat(problemOf(questions.unaccept("carol", question.id()))).isEqualTo(Problem.FORBIDDEN);
        assertThat(questions.accept("admin", question.id(), answer.id()).isDone()).isTrue();
        assertThat(questions.accept("alice", question.id(), answer.id()).isDone()).isTrue();
        assertThat(qa.events.points("bob")).isEqualTo(RecordingQaEvents.ACCEPTED);

        Question other = qa.askInSd("alice", "Another question here");
        assertThat(problemOf(questions.accept("alice", other.id(), answer.id()))).isEqualTo(Problem.NOT_FOUND);
        assertThat(problemOf(questions.accept("alice", question.id(), 999_999))).isEqualTo(Problem.NOT_FOUND);
    }

    @Test
    void onlyAuthorsEditAndAuthorsOrAdminsDelete() {
        Question question = qa.askInSd("alice", "Outlook keeps asking for a password");
        Answer answer = qa.answer("bob", question, "Clear the credential manager.");

        assertThat(problemOf(questions.editQuestion("bob", question.id(), edit("Hijacked title here", null))))
                .isEqualTo(Problem.FORBIDDEN);
        assertThat(problemOf(questions.editQuestion("admin", question.id(), edit("Admin edit of title", null))))
                .isEqualTo(Problem.FORBIDDEN);
        qa.clock.advance(Duration.ofHours(1));
        Question edited = questions.editQuestion("alice", question.id(),
                edit("Outlook keeps asking for a password #m365", "Since *today*")).value();
        assertThat(edited.title()).isEqualTo("Outlook keeps asking for a password #m365");
        assertThat(edited.body()).isEqualTo("Since *today*");
        assertThat(edited.hashtags()).containsExactly("m365");
        assertThat(edited.editedAt()).contains(qa.clock.instant());

        assertThat(problemOf(questions.editAnswer("carol", answer.id(), "mine now"))).isEqualTo(Problem.FORBIDDEN);
        QuestionDetail.AnswerDetail editedView =
                questions.editAnswer("bob", answer.id(), "Clear the **credential manager**.").value();
        assertThat(editedView.bodyHtml()).isEqualTo("<p>Clear the <strong>credential manager</strong>.</p>\n");
        Answer editedAnswer = editedView.answer();
        assertThat(editedAnswer.body()).isEqualTo("Clear the **credential manager**.");
        assertThat(editedAnswer.editedAt()).isPresent();

        assertThat(problemOf(questions.deleteAnswer("carol", answer.id()))).isEqualTo(Problem.FORBIDDEN);
        assertThat(problemOf(questions.deleteQuestion("bob", question.id()))).isEqualTo(Problem.FORBIDDEN);
        assertThat(questions.deleteAnswer("admin", answer.id()).isDone()).isTrue();
        assertThat(problemOf(questions.deleteAnswer("admin", answer.id()))).isEqualTo(Problem.NOT_FOUND);
        assertThat(questions.deleteQuestion("admin", question.id()).isDone()).isTrue();
        assertThat(problemOf(questions.deleteQuestion("alice", question.id()))).isEqualTo(Problem.NOT_FOUND);
    }

    @Test
    void nobodyVotesOnTheirOwnPostsAndVotesAreOneTwoOrZero() {
        Question question = qa.askInSd("alice", "Laptop fan is very loud");
        Answer answer = qa.answer("bob", question, "Update the BIOS.");

        assertThat(problemOf(questions.voteOnQuestion("alice", question.id(), 1))).isEqualTo(Problem.FORBIDDEN);
        assertThat(problemOf(questions.voteOnAnswer("bob", answer.id(), 1))).isEqualTo(Problem.FORBIDDEN);
        assertThat(problemOf(questions.voteOnAnswer("carol", answer.id(), 2))).isEqualTo(Problem.INVALID);
        assertThat(problemOf(questions.voteOnAnswer("carol", answer.id(), -2))).isEqualTo(Problem.INVALID);
        assertThat(questions.voteOnQuestion("carol", question.id(), -1).value()).isEqualTo(new VoteTally(-1, -1));
        assertThat(questions.voteOnQuestion("carol", question.id(), -1).value()).isEqualTo(new VoteTally(-1, -1));
        assertThat(db.store().count(QaVoteEntity.class, "ID > ?", 0)).isEqualTo(1);
    }

    @Test
    void limitsAreEnforcedWithClearMessages() {
        Outcome<Question> shortTitle = questions.ask("alice", QuestionDraft.inProject("SD", "Too short", ""));
        assertThat(problemOf(shortTitle)).isEqualTo(Problem.INVALID);
        assertThat(refusalOf(shortTitle).message()).contains("10 to 200");
        assertThat(problemOf(questions.ask("alice", QuestionDraft.inProject("SD", "x".repeat(201), ""))))
                .isEqualTo(Problem.INVALID);
        assertThat(questions.ask("alice", QuestionDraft.inProject("SD", "x".repeat(200), "")).isDone()).isTrue();
        assertThat(questions.ask("alice", QuestionDraft.inProject("SD", "   exactly10   ", "")).isDone()).isFalse();
        assertThat(questions.ask("alice", QuestionDraft.inProject("SD", "Exactly 10", "")).isDone()).isTrue();

        assertThat(refusalOf(questions.ask("alice",
                QuestionDraft.inProject("SD", "A long enough title", "b".repeat(30_001)))).message())
                .contains("30,000");
        Question fullBody = qa.ask("alice", QuestionDraft.inProject("SD", "A long enough title", "b".repeat(30_000)));
        assertThat(questions.get(Optional.of("bob"), fullBody.id()).value().question().body()).hasSize(30_000);
        assertThat(problemOf(questions.answer("bob", fullBody.id(), "a".repeat(30_001)))).isEqualTo(Problem.INVALID);
        assertThat(problemOf(questions.answer("bob", fullBody.id(), "  "))).isEqualTo(Problem.INVALID);
        assertThat(questions.answer("bob", fullBody.id(), "a".repeat(30_000)).isDone()).isTrue();
        assertThat(problemOf(questions.preview("p".repeat(30_001)))).isEqualTo(Problem.INVALID);

        Outcome<Question> nowhere = questions.ask("alice",
                new QuestionDraft("A title that is fine", "", Optional.empty(), Optional.empty(), List.of()));
        assertThat(problemOf(nowhere)).isEqualTo(Problem.INVALID);
        assertThat(refusalOf(questions.ask("alice", QuestionDraft.inProject("SD", "A title that is fine", "")
                .withHashtags(List.of("ok", "not a tag")))).message()).contains("\"not a tag\" is not a valid hashtag");
        assertThat(problemOf(questions.ask("alice", QuestionDraft.inProject("SD", "A title that is fine", "")
                .withHashtags(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")))))
                .isEqualTo(Problem.INVALID);
        assertThat(problemOf(questions.ask("alice", new QuestionDraft("A title that is fine", "",
                Optional.of(qa.vpnIssue.key()), Optional.of("SEC"), List.of())))).isEqualTo(Problem.INVALID);
    }

    @Test
    void chosenTagsComeFirstAndDuplicatesCollapse() {
        Question question = qa.ask("alice", QuestionDraft.inProject("SD", "Wifi is slow on floor 3 #WiFi",
                "Also #network and #wifi again").withHashtags(List.of("#Floor3", "wifi")));

        assertThat(question.hashtags()).containsExactly("floor3", "wifi", "network");
    }

    private static QuestionEdit edit(String title, String body) {
        return new QuestionEdit(Optional.ofNullable(title), Optional.ofNullable(body), Optional.empty());
    }
}
