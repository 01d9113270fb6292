package com.socialitsm.qa;

import static com.socialitsm.qa.QaFixture.problemOf;
import static com.socialitsm.qa.QaFixture.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** Listing questions: the three orders with cursor paging, filters, and a title search that treats input as text. */
@DatabaseTest
class QuestionListTest {
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
    void newestFirstPagesThroughEverythingOnceWithOpaqueCursors() {
        List<Long> asked = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            asked.add(qa.askInSd("alice", "Question number " + i).id());
        }

        List<QuestionPage> pages = allPages(QuestionQuery.newest(3));

        assertThat(pages).hasSize(3);
        assertThat(pages.get(2).next()).isEmpty();
        assertThat(pages.get(0).next().orElseThrow()).matches("[A-Za-z0-9_-]+");
        java.util.Collections.reverse(asked);
        assertThat(idsOf(pages)).containsExactlyElementsOf(asked);
    }

    @Test
    void votesOrderPagesByScoreThenNewest() {
        Question low = qa.askInSd("alice", "Low scored question");
        Question top = qa.askInSd("alice", "Top scored question");
        Question mid1 = qa.askInSd("alice", "Middle scored question one");
        Question mid2 = qa.askInSd("alice", "Middle scored question two");
        Question zero = qa.askInSd("alice", "Unvoted question here");
        questions.voteOnQuestion("bob", low.id(), -1).value();
        for (String voter : List.of("bob", "carol", "dave")) {
            questions.voteOnQuestion(voter, top.id(), 1).value();
        }
        questions.voteOnQuestion("bob", mid1.id(), 1).value();
        questions.voteOnQuestion("bob", mid2.id(), 1).value();

        List<QuestionPage> pages = allPages(QuestionQuery.newest(2).sortedBy(QuestionSort.VOTES));

        assertThat(idsOf(pages)).containsExactly(top.id(), mid2.id(), mid1.id(), zero.id(), low.id());
    }

    @Test
    void unansweredListsOnlyQuestionsWithoutAnswers() {
        Question answered = qa.askInSd("alice", "Answered question here");
        Question open = qa.askInSd("alice", "Open question here");
        Question answerDeleted = qa.askInSd("alice", "Question whose answer went");
        qa.answer("bob", answered, "Yes.");
        questions.deleteAnswer("bob", qa.answer("bob", answerDeleted, "Oops.").id()).value();

        List<QuestionPage> pages = allPages(QuestionQuery.newest(1).sortedBy(QuestionSort.UNANSWERED));

        assertThat(idsOf(pages)).containsExactly(answerDeleted.id(), open.id());
    }

    @Test
    void cursorsThatAreNotOursAreRefused() {
        qa.askInSd("alice", "Some question for cursors");
        qa.askInSd("alice", "Another question for cursors");
        String newestCursor = questions.list(Optional.empty(), QuestionQuery.newest(1)).value().next().orElseThrow();

        for (String bad : List.of("garbage", "%%%", "x".repeat(500), encode("q1:newest:0:abc"),
                encode("q1:newest:0:-5"), encode("q2:newest:0:5"), encode("q1:newest:0"), encode("q1:newest:0:5:6"))) {
            Outcome<QuestionPage> page = questions.list(Optional.empty(), QuestionQuery.newest(1).after(bad));
            assertThat(problemOf(page)).as(bad).isEqualTo(Problem.INVALID);
            assertThat(refusalOf(page).message()).contains("cursor");
        }
        assertThat(problemOf(questions.list(Optional.empty(), QuestionQuery.newest(1).sortedBy(QuestionSort.VOTES)
                .after(newestCursor)))).isEqualTo(Problem.INVALID);
        assertThat(questions.list(Optional.empty(), QuestionQuery.newest(1).after(newestCursor)).isDone()).isTrue();
        assertThat(problemOf(questions.list(Optional.empty(), QuestionQuery.newest(0)))).isEqualTo(Problem.INVALID);
        assertThat(problemOf(questions.list(Optional.empty(), QuestionQuery.newest(101)))).isEqualTo(Problem.INVALID);
    }

    @Test
    void titleSearchIsCaseInsensitiveAndTakesWildcardsLiterally() {
        Question percent = qa.askInSd("alice", "Disk is 100% full on SRV_01");
        Question underscore = qa.askInSd("alice", "Share SRV_01 is gone again");
        Question lookalike = qa.askInSd("alice", "Share SRVX01 is gone again");
        Question bang = qa.askInSd("alice", "Alert says Wow!% urgent");
        Question plain = qa.askInSd("alice", "Disk is 1000 GB on the server");

        assertThat(search("100%")).containsExactly(percent.id());
        assertThat(search("srv_01")).containsExactlyInAnyOrder(percent.id(), underscore.id());
        assertThat(search("SRV_01 share")).containsExactly(underscore.id());
        assertThat(search("!%")).containsExactly(bang.id());
        assertThat(search("%")).containsExactlyInAnyOrder(percent.id(), bang.id());
        assertThat(search("_")).containsExactlyInAnyOrder(percent.id(), underscore.id());
        assertThat(search("DISK")).containsExactlyInAnyOrder(percent.id(), plain.id());
        assertThat(search("'; DROP TABLE x; --")).isEmpty();
        assertThat(search("   ")).hasSize(5);
        assertThat(lookalike.id()).isPositive();
    }

    @Test
    void filtersByProjectIssueAndHashtag() {
        Question vpn = qa.ask("alice", QuestionDraft.onIssue(qa.vpnIssue.key(), "VPN drops after update",
                "Seen with #vpn_client"));
        Question sdTagged = qa.ask("alice", QuestionDraft.inProject("SD", "Which VPN client do we use",
                "").withHashtags(List.of("vpn")));
        Question lookalike = qa.ask("alice", QuestionDraft.inProject("SD", "Which VPN client is allowed",
                "").withHashtags(List.of("vpnXclient")));
        Question sec = qa.ask("bob", QuestionDraft.inProject("SEC", "Is the VPN audited yearly", "#vpn"));

        assertThat(idsOf(List.of(questions.list(Optional.of("bob"), QuestionQuery.newest(20).inProject("SEC"))
                .value()))).containsExactly(sec.id());
        assertThat(idsOf(List.of(questions.list(Optional.of("bob"), QuestionQuery.newest(20).taggedWith("#VPN"))
                .value()))).containsExactly(sec.id(), sdTagged.id());
        assertThat(idsOf(List.of(questions.list(Optional.of("bob"), QuestionQuery.newest(20)
                .taggedWith("vpn_client")).value()))).containsExactly(vpn.id());
        QuestionPage issuePanel = questions.list(Optional.of("carol"), QuestionQuery.newest(20)
                .onIssue(qa.vpnIssue.key())).value();
        assertThat(idsOf(List.of(issuePanel))).containsExactly(vpn.id());
        assertThat(issuePanel.total()).hasValue(1);
        assertThat(questions.list(Optional.of("bob"), QuestionQuery.newest(20)).value().total()).isEmpty();
        assertThat(problemOf(questions.list(Optional.of("bob"), QuestionQuery.newest(20).taggedWith("not a tag"))))
                .isEqualTo(Problem.INVALID);
        assertThat(problemOf(questions.list(Optional.of("bob"), QuestionQuery.newest(20).inProject("NOPE"))))
                .isEqualTo(Problem.NOT_FOUND);
        assertThat(lookalike.hashtags()).containsExactly("vpnxclient");
    }

    @Test
    void similarQuestionsShareTitleWords() {
        Question vpn = qa.askInSd("alice", "VPN connection drops every hour");
        Question vpnAnswered = qa.askInSd("alice", "VPN connecting fails at home");
        Question printer = qa.askInSd("alice", "Printer on floor 3 is jammed");
        questions.accept("alice", vpnAnswered.id(), qa.answer("bob", vpnAnswered, "Update.").id()).value();

        List<Question> similar = questions.similar(Optional.of("carol"), "Why does my VPN connection drop?",
                Optional.empty(), 5);

        assertThat(similar).extracting(Question::id).containsExactly(vpn.id(), vpnAnswered.id());
        assertThat(questions.similar(Optional.of("carol"), "How do I?", Optional.empty(), 5)).isEmpty();
        assertThat(questions.similar(Optional.of("carol"), "printer jammed", Optional.of("SD"), 5))
                .extracting(Question::id).containsExactly(printer.id());
        assertThat(questions.similar(Optional.of("carol"), "vpn", Optional.empty(), 1)).hasSize(1);
    }

    private List<Long> search(String words) {
        return questions.list(Optional.of("alice"), QuestionQuery.newest(50).matching(words)).value().items()
                .stream().map(Question::id).toList();
    }

    private List<QuestionPage> allPages(QuestionQuery first) {
        List<QuestionPage> pages = new ArrayList<>();
        QuestionQuery query = first;
        for (int i = 0; i < 50; i++) {
            QuestionPage page = questions.list(Optional.of("carol"), query).value();
            pages.add(page);
            if (page.next().isEmpty()) {
                return pages;
            }
            query = query.after(page.next().get());
        }
        throw new AssertionError("paging did not end");
    }

    private static List<Long> idsOf(List<QuestionPage> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).map(Question::id).toList();
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes());
    }
}
