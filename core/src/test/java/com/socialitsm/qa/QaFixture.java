package com.socialitsm.qa;

import java.time.Instant;

import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.outcome.Refusal;
import com.socialitsm.store.Store;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.MutableClock;

/**
 * A Q&A test world: projects SD (everyone) and SEC (only alice, bob and admin), users alice (asks), bob and carol
 * (answer), dave, admin; an issue in each project; a {@link QuestionService} with recording events on a real store.
 */
final class QaFixture {
    final InMemoryHost host = new InMemoryHost();
    final RecordingQaEvents events = new RecordingQaEvents();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
    final ProjectRef sd = host.addProject("SD");
    final ProjectRef sec = host.addProject("SEC");
    final IssueRef vpnIssue;
    final IssueRef secIssue;
    final QuestionService questions;

    QaFixture(Store store) {
        for (String user : new String[] {"alice", "bob", "carol", "dave", "admin"}) {
            host.addUser(user);
        }
        host.makeAdmin("admin");
        host.restrictProject(sec, "alice", "bob", "admin");
        vpnIssue = host.addIssue(sd, "VPN drops every hour", "Since Monday #vpn", "alice");
        secIssue = host.addIssue(sec, "Pen test findings", "", "alice");
        questions = new QuestionService(store, clock, host, host, host, new MarkdownRenderer(), events);
    }

    Question ask(String asker, QuestionDraft draft) {
        return questions.ask(asker, draft).value();
    }

    Question askInSd(String asker, String title) {
        return ask(asker, QuestionDraft.inProject("SD", title, ""));
    }

    Answer answer(String author, Question question, String body) {
        return questions.answer(author, question.id(), body).value().answer();
    }

    /** Why the service refused; fails the test when it did not. */
    static Refusal refusalOf(Outcome<?> outcome) {
        if (outcome instanceof Outcome.Refused<?> refused) {
            return refused.refusal();
        }
        throw new AssertionError("Expected a refusal, got " + outcome);
    }

    static Problem problemOf(Outcome<?> outcome) {
        return refusalOf(outcome).problem();
    }
}
