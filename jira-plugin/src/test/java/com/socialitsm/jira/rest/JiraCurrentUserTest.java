package com.socialitsm.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;

class JiraCurrentUserTest {
    private final JiraAuthenticationContext context = mock(JiraAuthenticationContext.class);
    private final JiraCurrentUser currentUser = new JiraCurrentUser(context);

    @Test
    void theCallerIsJirasLoggedInUserByKeyNotByName() {
        ApplicationUser alice = mock(ApplicationUser.class);
        when(alice.getKey()).thenReturn("JIRAUSER10100");
        when(alice.getUsername()).thenReturn("alice");
        when(context.getLoggedInUser()).thenReturn(alice);

        assertThat(currentUser.userKey()).contains("JIRAUSER10100");
    }

    @Test
    void anAnonymousRequestHasNoUser() {
        assertThat(currentUser.userKey()).isEmpty();
    }

    @Test
    void eachCallAsksJiraAgainSoOneBeanServesEveryRequest() {
        ApplicationUser bob = mock(ApplicationUser.class);
        when(bob.getKey()).thenReturn("bob");
        when(context.getLoggedInUser()).thenReturn(bob, (ApplicationUser) null);

        assertThat(currentUser.userKey()).contains("bob");
        assertThat(currentUser.userKey()).isEmpty();
    }
}
