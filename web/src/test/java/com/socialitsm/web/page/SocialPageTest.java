package com.socialitsm.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SocialPageTest {

    @Test
    void pathsWithoutArgumentsNameTheirPage() {
        assertThat(SocialPage.resolve("/feed")).contains(new SocialPage.Request(SocialPage.FEED, Optional.empty()));
        assertThat(SocialPage.resolve("/hashtags/")).contains(new SocialPage.Request(SocialPage.HASHTAGS, Optional.empty()));
        assertThat(SocialPage.resolve("/admin").map(SocialPage.Request::page)).contains(SocialPage.ADMIN);
    }

    @Test
    void argumentsAreDecodedAndPassedOn() {
        assertThat(SocialPage.resolve("/hashtags/%C3%BCber")).contains(
                new SocialPage.Request(SocialPage.HASHTAG, Optional.of("über")));
        assertThat(SocialPage.resolve("/users/jane+doe")).contains(
                new SocialPage.Request(SocialPage.USER_PROFILE, Optional.of("jane+doe")));
        assertThat(SocialPage.resolve("/questions/42")).contains(
                new SocialPage.Request(SocialPage.QUESTION, Optional.of("42")));
    }

    @Test
    void unknownOrMalformedPathsNameNoPage() {
        assertThat(SocialPage.resolve("/nothing")).isEmpty();
        assertThat(SocialPage.resolve("/questions/abc")).isEmpty();
        assertThat(SocialPage.resolve("/hashtags/a/b")).isEmpty();
        assertThat(SocialPage.resolve("/users/" + "x".repeat(300))).isEmpty();
        assertThat(SocialPage.resolve("")).isEmpty();
    }

    @Test
    void pagesKnowTheirPathsPanelsAndNavigation() {
        assertThat(SocialPage.FEED.path()).isEqualTo("/plugins/servlet/social/feed");
        assertThat(SocialPage.HASHTAG.path()).isEqualTo("/plugins/servlet/social/hashtags");
        assertThat(SocialPage.HASHTAG.panel()).isEqualTo("hashtag-page");
        assertThat(SocialPage.HASHTAG.argumentAttribute()).isEqualTo("data-tag");
        assertThat(SocialPage.QUESTION.navigationSection()).isEqualTo(SocialPage.QUESTIONS);
        assertThat(SocialPage.navigation(false)).doesNotContain(SocialPage.ADMIN);
        assertThat(SocialPage.navigation(true)).contains(SocialPage.ADMIN);
    }

    @Test
    void everyPageHasItsTemplate() {
        for (SocialPage page : SocialPage.values()) {
            assertThat(SocialPageTest.class.getClassLoader().getResource(page.template())).as(page.template()).isNotNull();
        }
    }
}
