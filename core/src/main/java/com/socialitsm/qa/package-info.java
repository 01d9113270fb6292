/**
 * Community Q&amp;A: questions on an issue or project-wide, answers, votes, one accepted answer, safe Markdown, search
 * and similar-question suggestions. {@link com.socialitsm.qa.QuestionService} is the face; what it returns are the
 * records of this package, in an {@link com.socialitsm.outcome.Outcome} wherever a user may cause a refusal. Behind
 * it, package-private: {@code QaVotes} (votes), {@code QaAcceptance} (accepting), {@code QuestionDetails} (a
 * question's page), {@code QuestionIssues} (raise an issue, copy the accepted answer),
 * {@code QaInputs} (input rules), {@code QaRows} (visible rows, row locks), {@code QuestionSearch},
 * {@code QuestionVisibility}, {@code QaRecords}. A question is visible exactly when its issue (or, project-wide, its
 * project) is browsable by the viewer; everything hidden is "not found". Depends on {@code host}, {@code store},
 * {@code settings}, {@code tag} (the grammar) and {@code outcome}; it tells the feed, follows and points what happened
 * through {@link com.socialitsm.qa.QaEvents}, which {@link com.socialitsm.qa.QaConnections} implements with
 * {@code activity}, {@code follow} and {@code kudos}.
 */
package com.socialitsm.qa;
