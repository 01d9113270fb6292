package com.socialitsm.jira;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;

/**
 * Gives a mocked authentication context an I18nHelper that answers {@code [key]} and {@code [key:argument]}, so a
 * test can assert which message Jira would show without Jira's bundles.
 */
public final class EchoingI18n {
    private EchoingI18n() {
    }

    public static void wire(JiraAuthenticationContext authenticationContext) {
        I18nHelper i18n = mock(I18nHelper.class);
        when(authenticationContext.getI18nHelper()).thenReturn(i18n);
        when(i18n.getText(anyString())).thenAnswer(invocation -> "[" + invocation.getArgument(0) + "]");
        when(i18n.getText(anyString(), any())).thenAnswer(invocation ->
                "[" + invocation.getArgument(0) + ":" + invocation.getArgument(1) + "]");
    }
}
