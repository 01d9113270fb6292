package com.socialitsm.jira.field;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.List;

import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.Operand;
import com.atlassian.query.operator.Operator;

/** JQL clauses on Hashtags as Jira hands them to the searcher's factory and validator (Jira's types mocked). */
final class HashtagClauses {
    private final JqlOperandResolver operands;
    private final ApplicationUser user;

    HashtagClauses(JqlOperandResolver operands, ApplicationUser user) {
        this.operands = operands;
        this.user = user;
    }

    /** {@code Hashtags <operator> (values…)}, whose values the operand resolver answers for the user. */
    TerminalClause clause(Operator operator, String... values) {
        TerminalClause clause = mock(TerminalClause.class);
        Operand operand = mock(Operand.class);
        when(clause.getName()).thenReturn("Hashtags");
        when(clause.getOperator()).thenReturn(operator);
        when(clause.getOperand()).thenReturn(operand);
        List<QueryLiteral> literals = Arrays.stream(values).map(HashtagClauses::literal).toList();
        when(operands.getValues(user, operand, clause)).thenReturn(literals);
        return clause;
    }

    /** {@code Hashtags <operator> EMPTY}. */
    TerminalClause empty(Operator operator) {
        TerminalClause clause = clause(operator);
        when(operands.isEmptyOperand(clause.getOperand())).thenReturn(true);
        return clause;
    }

    static QueryLiteral literal(String text) {
        QueryLiteral literal = mock(QueryLiteral.class);
        when(literal.getStringValue()).thenReturn(text);
        return literal;
    }
}
