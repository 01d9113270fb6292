package com.socialitsm.jira.field;

import java.util.Set;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.issue.customfields.searchers.CustomFieldSearcherClauseHandler;
import com.atlassian.jira.jql.ValueGeneratingClauseHandler;
import com.atlassian.jira.jql.query.ClauseQueryFactory;
import com.atlassian.jira.jql.validator.ClauseValidator;
import com.atlassian.jira.jql.values.ClauseValuesGenerator;
import com.atlassian.query.operator.Operator;

/**
 * The {@code Hashtags} JQL clause as Jira sees it: validated by {@link HashtagClauseValidator}, answered by
 * {@link HashtagClauseQueryFactory}, and — because it is also a {@link ValueGeneratingClauseHandler} — completed
 * by {@link HashtagValuesGenerator} in the JQL editor.
 */
final class HashtagsClauseHandler implements CustomFieldSearcherClauseHandler, ValueGeneratingClauseHandler {
    private final ClauseValidator validator;
    private final ClauseQueryFactory queryFactory;
    private final ClauseValuesGenerator valuesGenerator;

    HashtagsClauseHandler(ClauseValidator validator, ClauseQueryFactory queryFactory,
                          ClauseValuesGenerator valuesGenerator) {
        this.validator = validator;
        this.queryFactory = queryFactory;
        this.valuesGenerator = valuesGenerator;
    }

    @Override
    public ClauseValidator getClauseValidator() {
        return validator;
    }

    @Override
    public ClauseQueryFactory getClauseQueryFactory() {
        return queryFactory;
    }

    @Override
    public Set<Operator> getSupportedOperators() {
        return HashtagClauseValidator.SUPPORTED_OPERATORS;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.TEXT;
    }

    @Override
    public ClauseValuesGenerator getClauseValuesGenerator() {
        return valuesGenerator;
    }
}
