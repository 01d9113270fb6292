package com.socialitsm.web.page;

import java.util.Optional;

import com.socialitsm.host.UserDirectory;
import com.socialitsm.poll.PollService;
import com.socialitsm.qa.QuestionService;

/**
 * Whether what a page is about (a question, a poll, a person) exists for the viewer, so both hosts answer a missing one with
 * their 404 page instead of a 200 page whose panel then says "not found". A question the viewer may not see is
 * missing too (never told apart, as REST does). Pages without a subject, and tags (a tag page is where a new tag is
 * found), always exist.
 */
public final class PageSubjects {
    private final QuestionService questions;
    private final UserDirectory users;
    private final PollService polls;

    public PageSubjects(QuestionService questions, UserDirectory users, PollService polls) {
        this.questions = questions;
        this.users = users;
        this.polls = polls;
    }

    public boolean exists(SocialPage.Request request, Optional<String> viewer) {
        String argument = request.argument().orElse("");
        return switch (request.page()) {
            case QUESTION -> questionId(argument).map(id -> questions.get(viewer, id).isDone()).orElse(false);
            case USER_PROFILE -> users.byKeyOrName(argument).isPresent();
            case POLL -> questionId(argument).map(id -> polls.get(viewer, id).isDone()).orElse(false);
            default -> true;
        };
    }

    private static Optional<Long> questionId(String argument) {
        try {
            return Optional.of(Long.parseLong(argument));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
