package com.socialitsm.jira.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operator.Operator;

import com.socialitsm.jira.EchoingI18n;

/** What Jira tells a user who searches the Hashtags field wrongly: its own messages, never an exception. */
class HashtagClauseValidatorTest {
    private final JqlOperandResolver operands = mock(JqlOperandResolver.class);
    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final HashtagClauses jql = new HashtagClauses(operands, alice);
    private final HashtagClauseValidator validator = new HashtagClauseValidator(operands, authenticationContext);

    @BeforeEach
    void i18n() {
        EchoingI18n.wire(authenticationContext);
    }

    @Test
    void tagsWithTheEqualityOperatorsPass() {
        assertThat(errorsFor(jql.clause(Operator.EQUALS, "vpn"))).isEmpty();
        assertThat(errorsFor(jql.clause(Operator.NOT_EQUALS, "#VPN"))).isEmpty();
        assertThat(errorsFor(jql.clause(Operator.IN, "vpn", "Outage"))).isEmpty();
        assertThat(errorsFor(jql.clause(Operator.NOT_IN, "vpn"))).isEmpty();
    }

    @Test
    void emptyWithIsAndIsNotPasses() {
        assertThat(errorsFor(jql.empty(Operator.IS))).isEmpty();
        assertThat(errorsFor(jql.empty(Operator.IS_NOT))).isEmpty();
    }

    @Test
    void eachValueThatIsNoHashtagIsNamed() {
        assertThat(errorsFor(jql.clause(Operator.IN, "vpn", "two words", "#")))
                .containsExactly("[socialitsm.jql.hashtag.error.invalid:two words]",
                        "[socialitsm.jql.hashtag.error.invalid:#]");
    }

    @Test
    void aNumberIsCheckedAsTheTagOfItsDigits() {
        TerminalClause clause = jql.clause(Operator.EQUALS);
        QueryLiteral number = mock(QueryLiteral.class);
        when(number.getLongValue()).thenReturn(2024L);
        when(operands.getValues(alice, clause.getOperand(), clause)).thenReturn(List.of(number));

        assertThat(errorsFor(clause)).containsExactly("[socialitsm.jql.hashtag.error.invalid:2024]");
    }

    @Test
    void anOperatorTheFieldDoesNotTakeIsRefused() {
        assertThat(errorsFor(jql.clause(Operator.LIKE, "vpn"))).containsExactly("[socialitsm.jql.field.error.operator:LIKE]");
    }

    @Test
    void isTakesOnlyEmptyAndEqualsNeverEmpty() {
        assertThat(errorsFor(jql.clause(Operator.IS, "vpn"))).containsExactly("[socialitsm.jql.field.error.notempty]");
        assertThat(errorsFor(jql.empty(Operator.EQUALS))).containsExactly("[socialitsm.jql.field.error.empty]");
    }

    @Test
    void emptyInAListPointsToIsEmpty() {
        TerminalClause clause = jql.clause(Operator.IN);
        QueryLiteral empty = mock(QueryLiteral.class);
        when(empty.isEmpty()).thenReturn(true);
        List<QueryLiteral> literals = List.of(HashtagClauses.literal("vpn"), empty);
        when(operands.getValues(alice, clause.getOperand(), clause)).thenReturn(literals);

        assertThat(errorsFor(clause)).containsExactly("[socialitsm.jql.field.error.empty]");
    }

    @Test
    void aFunctionJiraCouldNotResolveAddsNoMessageOfOurs() {
        TerminalClause clause = jql.clause(Operator.IN);
        when(operands.getValues(alice, clause.getOperand(), clause)).thenReturn(null);

        assertThat(errorsFor(clause)).isEmpty();
    }

    private List<String> errorsFor(TerminalClause clause) {
        List<String> errors = new ArrayList<>();
        try (MockedConstruction<MessageSetImpl> created = mockConstruction(MessageSetImpl.class,
                (messages, context) -> doAnswer(invocation -> errors.add(invocation.getArgument(0)))
                        .when(messages).addErrorMessage(anyString()))) {
            MessageSet result = validator.validate(alice, clause);
            assertThat(created.constructed()).containsExactly((MessageSetImpl) result);
        }
        return errors;
    }

}
