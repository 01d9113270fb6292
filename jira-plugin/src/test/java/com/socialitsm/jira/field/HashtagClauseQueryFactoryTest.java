package com.socialitsm.jira.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

import com.atlassian.jira.issue.search.managers.SearchHandlerManager;
import com.atlassian.jira.jql.ClauseHandler;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.ClauseQueryFactory;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.jql.query.QueryFactoryResult;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.clause.TerminalClauseImpl;
import com.atlassian.query.operand.EmptyOperand;
import com.atlassian.query.operand.MultiValueOperand;
import com.atlassian.query.operand.SingleValueOperand;
import com.atlassian.query.operator.Operator;

/**
 * The Jira query of a {@code Hashtags} clause: the same condition on the indexed property's alias, with tags in
 * normal form, built by Jira's own handler of that alias. Jira's clause and operand classes are compile-only stubs,
 * so the clause the factory hands to the alias's query factory is read from their constructors' arguments.
 */
class HashtagClauseQueryFactoryTest {
    private final JqlOperandResolver operands = mock(JqlOperandResolver.class);
    private final SearchHandlerManager searchHandlers = mock(SearchHandlerManager.class);
    private final ClauseHandler aliasHandler = mock(ClauseHandler.class);
    private final ClauseQueryFactory aliasQueries = mock(ClauseQueryFactory.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final HashtagClauses jql = new HashtagClauses(operands, alice);
    private final QueryCreationContext context = mock(QueryCreationContext.class);
    private final QueryFactoryResult aliasQuery = mock(QueryFactoryResult.class);
    private final HashtagClauseQueryFactory factory = new HashtagClauseQueryFactory(operands, () -> searchHandlers);

    /** What the factory built: the alias clause's name, operator and operand, and the operands' values. */
    private final List<List<?>> clauses = new ArrayList<>();
    private final List<Object> singleValues = new ArrayList<>();
    private final List<List<String>> multiValues = new ArrayList<>();

    @BeforeEach
    void jira() {
        when(context.getApplicationUser()).thenReturn(alice);
        when(searchHandlers.getClauseHandler(alice, HashtagClauseQueryFactory.INDEXED_ALIAS))
                .thenReturn(List.of(aliasHandler));
        when(aliasHandler.getFactory()).thenReturn(aliasQueries);
        when(aliasQueries.getQuery(any(), any())).thenReturn(aliasQuery);
    }

    @Test
    void equalsATagIsTheAliasEqualToItsNormalForm() {
        TerminalClause clause = jql.clause(Operator.EQUALS, "#VPN");

        assertThat(query(clause)).isSameAs(aliasQuery);

        assertThat(clauses).containsExactly(List.of("hashtagsIndexed", Operator.EQUALS, "single"));
        assertThat(singleValues).containsExactly("vpn");
    }

    @Test
    void notEqualsKeepsItsMeaningOnTheAlias() {
        assertThat(query(jql.clause(Operator.NOT_EQUALS, "vpn"))).isSameAs(aliasQuery);

        assertThat(clauses).containsExactly(List.of("hashtagsIndexed", Operator.NOT_EQUALS, "single"));
        assertThat(singleValues).containsExactly("vpn");
    }

    @Test
    void inIsAnInListOfNormalFormsWithoutRepeats() {
        assertThat(query(jql.clause(Operator.IN, "vpn", "#Outage", "VPN"))).isSameAs(aliasQuery);

        assertThat(clauses).containsExactly(List.of("hashtagsIndexed", Operator.IN, "multi"));
        assertThat(multiValues).containsExactly(List.of("vpn", "outage"));
    }

    @Test
    void notInIsANotInList() {
        query(jql.clause(Operator.NOT_IN, "vpn", "outage"));

        assertThat(clauses).containsExactly(List.of("hashtagsIndexed", Operator.NOT_IN, "multi"));
        assertThat(multiValues).containsExactly(List.of("vpn", "outage"));
    }

    @Test
    void equalsAndNotEqualsOverSeveralTagsMeanAnyOfAndNoneOf() {
        query(jql.clause(Operator.EQUALS, "vpn", "outage"));
        query(jql.clause(Operator.NOT_EQUALS, "vpn", "outage"));

        assertThat(clauses).containsExactly(List.of("hashtagsIndexed", Operator.IN, "multi"),
                List.of("hashtagsIndexed", Operator.NOT_IN, "multi"));
    }

    @Test
    void isEmptyAndIsNotEmptyAreTheAliasWithEmpty() {
        assertThat(query(jql.empty(Operator.IS))).isSameAs(aliasQuery);
        query(jql.empty(Operator.IS_NOT));

        assertThat(clauses).containsExactly(List.of("hashtagsIndexed", Operator.IS, EmptyOperand.EMPTY),
                List.of("hashtagsIndexed", Operator.IS_NOT, EmptyOperand.EMPTY));
    }

    @Test
    void aClauseWithoutAValidTagMatchesNothingWithoutAskingJira() {
        assertThat(falseResultOf(jql.clause(Operator.EQUALS, "two words"))).isTrue();
        assertThat(falseResultOf(jql.clause(Operator.LIKE, "vpn"))).isTrue();
        assertThat(falseResultOf(jql.clause(Operator.IS, "vpn"))).isTrue();

        verify(aliasQueries, never()).getQuery(any(), any());
    }

    @Test
    void aJiraThatKnowsNoAliasMatchesNothing() {
        when(searchHandlers.getClauseHandler(alice, HashtagClauseQueryFactory.INDEXED_ALIAS)).thenReturn(List.of());

        assertThat(falseResultOf(jql.clause(Operator.EQUALS, "vpn"))).isTrue();
    }

    @Test
    void aNumberTypedAsAValueIsTheTagOfItsDigits() {
        // Hashtags = 5g reaches the factory as text; Hashtags = 2024 as a number, which no tag can be.
        TerminalClause clause = jql.clause(Operator.EQUALS);
        QueryLiteral number = mock(QueryLiteral.class);
        when(number.getLongValue()).thenReturn(2024L);
        List<QueryLiteral> literals = List.of(number, HashtagClauses.literal("5g"));
        when(operands.getValues(alice, clause.getOperand(), clause)).thenReturn(literals);

        query(clause);

        assertThat(clauses).containsExactly(List.of("hashtagsIndexed", Operator.EQUALS, "single"));
        assertThat(singleValues).containsExactly("5g");
    }

    private QueryFactoryResult query(TerminalClause clause) {
        try (MockedConstruction<TerminalClauseImpl> built = mockConstruction(TerminalClauseImpl.class,
                     (impl, context) -> clauses.add(describe(context.arguments())));
             MockedConstruction<SingleValueOperand> single = mockConstruction(SingleValueOperand.class,
                     (operand, context) -> singleValues.add(context.arguments().get(0)));
             MockedConstruction<MultiValueOperand> multi = mockConstruction(MultiValueOperand.class,
                     (operand, context) -> multiValues.add(Arrays.asList((String[]) context.arguments().get(0))))) {
            QueryFactoryResult result = factory.getQuery(context, clause);
            if (result == aliasQuery) {
                // Jira's handler of the alias got exactly the clause built here.
                verify(aliasQueries).getQuery(context, built.constructed().get(built.constructed().size() - 1));
            }
            return result;
        }
    }

    private boolean falseResultOf(TerminalClause clause) {
        QueryFactoryResult nothing = mock(QueryFactoryResult.class);
        try (MockedStatic<QueryFactoryResult> results = mockStatic(QueryFactoryResult.class)) {
            results.when(QueryFactoryResult::createFalseResult).thenReturn(nothing);
            return query(clause) == nothing;
        }
    }

    /** [alias, operator, "single" | "multi" | the EMPTY operand]. */
    private static List<?> describe(List<?> arguments) {
        Object operand = arguments.get(2);
        Object kind = operand instanceof SingleValueOperand ? "single"
                : operand instanceof MultiValueOperand ? "multi" : operand;
        return List.of(arguments.get(0), arguments.get(1), kind);
    }


}
