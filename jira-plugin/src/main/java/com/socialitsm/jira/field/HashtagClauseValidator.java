package com.socialitsm.jira.field;

import java.util.List;
import java.util.Set;

import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.validator.ClauseValidator;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.Operand;
import com.atlassian.query.operator.Operator;

import com.socialitsm.hashtag.HashtagIssueQuery;

/**
 * Checks a {@code Hashtags} clause before Jira runs it, with Jira's own messages for what it refuses (never an
 * exception): one of the equality operators ({@code = != in, not in}) with hashtags as values, or {@code is} /
 * {@code is not} with {@code EMPTY}. A value is a hashtag when it normalizes to one ({@code "#VPN"} is {@code vpn});
 * {@link HashtagClauseQueryFactory} searches the normal form.
 */
final class HashtagClauseValidator implements ClauseValidator {
    static final Set<Operator> SUPPORTED_OPERATORS =
            Set.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.IN, Operator.NOT_IN, Operator.IS, Operator.IS_NOT);
    private static final Set<Operator> EMPTY_OPERATORS = Set.of(Operator.IS, Operator.IS_NOT);

    private final JqlOperandResolver operandResolver;
    private final JiraAuthenticationContext authenticationContext;

    HashtagClauseValidator(JqlOperandResolver operandResolver, JiraAuthenticationContext authenticationContext) {
        this.operandResolver = operandResolver;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, TerminalClause clause) {
        MessageSet messages = new MessageSetImpl();
        I18nHelper i18n = authenticationContext.getI18nHelper();
        Operator operator = clause.getOperator();
        if (!SUPPORTED_OPERATORS.contains(operator)) {
            messages.addErrorMessage(i18n.getText("socialitsm.jql.field.error.operator", String.valueOf(operator)));
            return messages;
        }
        Operand operand = clause.getOperand();
        boolean empty = operandResolver.isEmptyOperand(operand);
        if (EMPTY_OPERATORS.contains(operator)) {
            if (!empty) {
                messages.addErrorMessage(i18n.getText("socialitsm.jql.field.error.notempty"));
            }
            return messages;
        }
        if (empty) {
            messages.addErrorMessage(i18n.getText("socialitsm.jql.field.error.empty"));
            return messages;
        }
        // A function's own errors are Jira's to report; null means it could not be resolved at all.
        List<QueryLiteral> values = operandResolver.getValues(searcher, operand, clause);
        for (QueryLiteral value : values == null ? List.<QueryLiteral>of() : values) {
            if (value.isEmpty()) {
                messages.addErrorMessage(i18n.getText("socialitsm.jql.field.error.empty"));
            } else if (HashtagIssueQuery.normalize(text(value)).isEmpty()) {
                messages.addErrorMessage(i18n.getText("socialitsm.jql.hashtag.error.invalid", text(value)));
            }
        }
        return messages;
    }

    /** A literal as typed: {@code Hashtags = 2024} is the tag "2024" (refused: digits only), not a number. */
    static String text(QueryLiteral literal) {
        String text = literal.getStringValue();
        return text != null ? text : String.valueOf(literal.getLongValue());
    }
}
