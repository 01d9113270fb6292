package com.socialitsm.qa;

import java.util.Optional;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueCreation;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.host.UserRef;
import com.socialitsm.store.AnswerEntity;
import com.socialitsm.store.QuestionEntity;

/**
 * The links between questions and issues: raising an issue from a project-wide question, recording an issue the host
 * raised from one, and copying the accepted answer onto the question's issue as a comment. A question has at most one
 * issue: the one it was asked on, or the one raised from it.
 */
final class QuestionIssues {
    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final QuestionVisibility visibility;
    private final QaRecords records;
    private final QaRows rows;
    private final QaEvents events;

    QuestionIssues(IssueDirectory issues, AccessPolicy access, QuestionVisibility visibility, QaRecords records,
            QaRows rows, QaEvents events) {
        this.issues = issues;
        this.access = access;
        this.visibility = visibility;
        this.records = records;
        this.rows = rows;
        this.events = events;
    }

    /** See {@link QuestionService#raiseIssue}. */
    IssueRef raise(String user, long questionId, IssueCreation host) {
        QuestionEntity question = rows.visibleQuestion(Optional.of(user), questionId);
        requireUnlinked(question);
        ProjectRef project = issues.projectById(question.getProjectId())
                .orElseThrow(() -> QaRejection.notFound(QaRows.NO_SUCH_QUESTION));
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
        link(user, questionId, issue);
        return issue;
    }

    /** See {@link QuestionService#raisedIssue}. */
    Question raised(String user, long questionId, String issueKey) {
        IssueRef issue = visibility.issue(Optional.of(user), issueKey);
        return records.question(link(user, questionId, issue));
    }

    /** See {@link QuestionService#copyAcceptedAnswer}. */
    String copyAcceptedAnswer(String user, long questionId, long answerId, IssueCreation host) {
        Optional<String> viewer = Optional.of(user);
        QuestionEntity question = rows.visibleQuestion(viewer, questionId);
        rows.requireMayAccept(user, question);
        AnswerEntity answer = rows.answerOf(question, answerId);
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
    }

    private QuestionEntity link(String user, long questionId, IssueRef issue) {
        return rows.inTransaction(() -> {
            QuestionEntity question = rows.lockVisibleQuestion(Optional.of(user), questionId);
            if (question.getRaisedIssueId() == issue.id()) {
                return question;
            }
            requireUnlinked(question);
            question.setRaisedIssueId(issue.id());
            question.save();
            events.issueRaised(QaRows.questionPost(question), issue.id());
            return question;
        });
    }

    private static void requireUnlinked(QuestionEntity question) {
        if (question.getIssueId() != 0) {
            throw QaRejection.conflict("This question was asked on an issue already.");
        }
        if (question.getRaisedIssueId() != 0) {
            throw QaRejection.conflict("An issue was already raised from this question.");
        }
    }
}
