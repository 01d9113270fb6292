package com.socialitsm.jira.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;

import com.socialitsm.hashtag.HashtagIssueQuery;
import com.socialitsm.jira.EchoingI18n;

/**
 * Jira's value classes (MessageSetImpl, QueryLiteral) are compile-only stubs here, so their construction is
 * intercepted and what the function passed to them is checked.
 */
class HashtagJqlFunctionTest {
    private final HashtagIssueQuery query = mock(HashtagIssueQuery.class);
    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final HashtagJqlFunction function = new HashtagJqlFunction(query, authenticationContext);
    /** The most issues getValues answers: the cap plus what may be tagged between validation and run. */
    private static final int ANSWERED = HashtagJqlFunction.MAX_ISSUES + HashtagJqlFunction.TAGGED_SINCE_VALIDATION;

    @BeforeEach
    void i18n() {
        EchoingI18n.wire(authenticationContext);
    }

    @Test
    void validTagsPassValidation() {
        assertThat(errorsFor("vpn", "#Outage", "VpnIssue")).isEmpty();
    }

    @Test
    void noTagIsAnError() {
        assertThat(errorsFor()).containsExactly("[socialitsm.jql.hashtag.error.noargs]");
    }

    @Test
    void eachInvalidTagIsNamedInItsOwnError() {
        assertThat(errorsFor("vpn", "two words", "#"))
                .containsExactly("[socialitsm.jql.hashtag.error.invalid:two words]",
                        "[socialitsm.jql.hashtag.error.invalid:#]");
    }

    @Test
    void tooManyTagsIsAnError() {
        String[] tags = new String[HashtagJqlFunction.MAX_TAGS + 1];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = "tag" + i;
        }
        assertThat(errorsFor(tags)).containsExactly("[socialitsm.jql.hashtag.error.toomany:" + HashtagJqlFunction.MAX_TAGS + "]");
    }

    @Test
    void valuesAreTheIdsOfTaggedIssuesAsIssueLiteralsOfTheOperand() {
        FunctionOperand operand = operand("#VPN", "not a tag", "outage");
        when(query.issueIdsTagged(List.of("vpn", "outage"), ANSWERED + 1))
                .thenReturn(new LinkedHashSet<>(List.of(12L, 10L)));
        List<List<?>> constructorArguments = new ArrayList<>();

        List<QueryLiteral> literals;
        try (MockedConstruction<QueryLiteral> created = mockConstruction(QueryLiteral.class,
                (literal, context) -> constructorArguments.add(context.arguments()))) {
            literals = function.getValues(mock(QueryCreationContext.class), operand, mock(TerminalClause.class));
            assertThat(literals).containsExactlyElementsOf(created.constructed());
        }

        assertThat(constructorArguments).containsExactly(List.of(operand, 12L), List.of(operand, 10L));
    }

    @Test
    void noValidTagMeansNoValuesAndNoQuery() {
        List<QueryLiteral> literals = function.getValues(mock(QueryCreationContext.class), operand("not a tag"),
                mock(TerminalClause.class));

        assertThat(literals).isEmpty();
        verify(query, never()).issueIdsTagged(any(), anyInt());
    }

    @Test
    void returnsIssuesAndNeedsAtLeastOneArgument() {
        assertThat(function.getDataType()).isSameAs(JiraDataTypes.ISSUE);
        assertThat(function.getMinimumNumberOfExpectedArguments()).isEqualTo(1);
    }

    private List<String> errorsFor(String... tags) {
        List<String> errors = new ArrayList<>();
        try (MockedConstruction<MessageSetImpl> created = mockConstruction(MessageSetImpl.class,
                (messages, context) -> org.mockito.Mockito.doAnswer(invocation -> errors.add(invocation.getArgument(0)))
                        .when(messages).addErrorMessage(anyString()))) {
            MessageSet result = function.validate(null, operand(tags), mock(TerminalClause.class));
            assertThat(created.constructed()).containsExactly((MessageSetImpl) result);
        }
        return errors;
    }

    private static FunctionOperand operand(String... args) {
        FunctionOperand operand = mock(FunctionOperand.class);
        when(operand.getName()).thenReturn("hashtag");
        when(operand.getArgs()).thenReturn(List.of(args));
        return operand;
    }

    @Test
    void tagsOnMoreIssuesThanTheCapFailValidationWithTheEquivalentHashtagsClause() {
        when(query.issueIdsTagged(List.of("vpn"), HashtagJqlFunction.MAX_ISSUES + 1))
                .thenReturn(ids(HashtagJqlFunction.MAX_ISSUES + 1));
        when(query.issueIdsTagged(List.of("vpn", "outage"), HashtagJqlFunction.MAX_ISSUES + 1))
                .thenReturn(ids(HashtagJqlFunction.MAX_ISSUES + 1));

        assertThat(errorsFor("#VPN")).containsExactly("[socialitsm.jql.hashtag.error.toolarge:Hashtags = vpn]");
        assertThat(errorsFor("vpn", "Outage", "#vpn"))
                .containsExactly("[socialitsm.jql.hashtag.error.toolarge:Hashtags in (vpn, outage)]");
    }

    @Test
    void tagsOnExactlyTheCapPassAndAnInvalidQueryReadsNothing() {
        when(query.issueIdsTagged(List.of("vpn"), HashtagJqlFunction.MAX_ISSUES + 1))
                .thenReturn(ids(HashtagJqlFunction.MAX_ISSUES));

        assertThat(errorsFor("vpn")).isEmpty();
        errorsFor("vpn", "two words");
        verify(query, org.mockito.Mockito.times(1)).issueIdsTagged(any(), anyInt());
    }

    @Test
    void anUnvalidatedQueryOverTheCapGetsNoIssuesRatherThanACutList() {
        when(query.issueIdsTagged(List.of("vpn"), ANSWERED + 1)).thenReturn(ids(ANSWERED + 1));

        assertThat(function.getValues(mock(QueryCreationContext.class), operand("vpn"), mock(TerminalClause.class)))
                .isEmpty();
    }

    @Test
    void theTextsStateTheCapTheCodeApplies() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/social-itsm.properties")) {
            english.load(in);
        }
        assertThat(english.getProperty("socialitsm.jql.hashtag.error.toolarge"))
                .contains(String.format(java.util.Locale.ROOT, "%,d", HashtagJqlFunction.MAX_ISSUES));
    }

    private static Set<Long> ids(int count) {
        return LongStream.rangeClosed(1, count).boxed().collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
