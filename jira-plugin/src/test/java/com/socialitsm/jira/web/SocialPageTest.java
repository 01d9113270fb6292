package com.socialitsm.jira.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which panel each page path mounts, with which argument, and which paths are no page at all. */
class SocialPageTest {
    @Test
    void eachPageMountsItsPanel() {
        assertThat(SocialPage.FEED.view("")).contains(PageView.of("socialitsm.page.feed.title", "feed")
                .withSidebar("trending", "socialitsm.page.trending.title"));
        assertThat(SocialPage.HASHTAGS.view("/")).contains(PageView.of("socialitsm.page.hashtags.title", "trending"));
        assertThat(SocialPage.LEADERBOARD.view("")).contains(PageView.of("socialitsm.page.leaderboard.title",
                "leaderboard"));
        assertThat(SocialPage.QUESTIONS.view("")).contains(PageView.of("socialitsm.page.questions.title",
                "questions"));
        assertThat(SocialPage.ADMIN.view("")).contains(PageView.of("socialitsm.page.admin.title", "admin"));
    }

    @Test
    void subPagesPassTheirArgumentToThePanel() {
        assertThat(SocialPage.HASHTAGS.view("/vpn")).contains(PageView.withArgument("socialitsm.page.hashtag.title",
                "hashtag-page", "data-tag", "vpn"));
        assertThat(SocialPage.QUESTIONS.view("/12/")).contains(PageView.withArgument(
                "socialitsm.page.question.title", "question", "data-question-id", "12"));
        assertThat(SocialPage.USERS.view("/JIRAUSER10100")).contains(PageView.withArgument(
                "socialitsm.page.user.title", "user-profile", "data-user-key", "JIRAUSER10100"));
    }

    @Test
    void pathsThatNameNoPageAreEmpty() {
        assertThat(SocialPage.FEED.view("/something")).isEmpty();
        assertThat(SocialPage.USERS.view("")).isEmpty();
        assertThat(SocialPage.QUESTIONS.view("/12abc")).isEmpty();
        assertThat(SocialPage.HASHTAGS.view("/vpn/extra")).isEmpty();
        assertThat(SocialPage.HASHTAGS.view("/" + "x".repeat(SocialPage.MAX_ARGUMENT_LENGTH + 1))).isEmpty();
        assertThat(SocialPage.HASHTAGS.view("//")).isEqualTo(Optional.empty());
    }
}
