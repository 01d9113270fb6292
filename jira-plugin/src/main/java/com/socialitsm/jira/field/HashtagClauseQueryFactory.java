package com.socialitsm.jira.field;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.issue.search.managers.SearchHandlerManager;
import com.atlassian.jira.jql.ClauseHandler;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.ClauseQueryFactory;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.jql.query.QueryFactoryResult;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.clause.TerminalClauseImpl;
import com.atlassian.query.operand.EmptyOperand;
import com.atlassian.query.operand.MultiValueOperand;
import com.atlassian.query.operand.Operand;
import com.atlassian.query.operand.SingleValueOperand;
import com.atlassian.query.operator.Operator;

import com.socialitsm.hashtag.HashtagIssueQuery;

/**
 * Answers a {@code Hashtags} clause from the issue property Jira already indexes ({@code JiraIssueTagIndex}), never
 * from the app's tables: the clause is rewritten onto the property's JQL alias {@value #INDEXED_ALIAS} with the
 * values in normal form ({@code Hashtags = "#VPN"} becomes {@code hashtagsIndexed = vpn}), and Jira's own handler of
 * that alias builds the query. So the field's searcher needs no indexer (a full re-index runs no app code) and the
 * app never builds an index query itself: Jira 10.3 builds Lucene queries and Jira 11 Search API queries, and the
 * {@link QueryFactoryResult} is only passed through, which links on both.
 *
 * <p>Operators keep the alias's meaning: {@code =}/{@code in} any of the tags, {@code !=}/{@code not in} issues
 * that have tags but none of these, {@code is [not] EMPTY}. A clause with no valid tag (validation refuses it
 * first) and a Jira that answers no handler for the alias match nothing; the latter is logged, since it means the
 * index-document-configuration is not loaded.
 */
final class HashtagClauseQueryFactory implements ClauseQueryFactory {
    /** The JQL alias of the indexed property, in the descriptor's index-document-configuration. */
    static final String INDEXED_ALIAS = "hashtagsIndexed";
    private static final Logger LOG = LoggerFactory.getLogger(HashtagClauseQueryFactory.class);

    private final JqlOperandResolver operandResolver;
    private final Supplier<SearchHandlerManager> searchHandlers;

    /**
     * @param searchHandlers Jira's clause handlers, looked up when a query is built: Jira builds searchers while
     *                       it builds its search handlers, so they cannot be injected (Jira's own labels searcher
     *                       looks them up the same way)
     */
    HashtagClauseQueryFactory(JqlOperandResolver operandResolver, Supplier<SearchHandlerManager> searchHandlers) {
        this.operandResolver = operandResolver;
        this.searchHandlers = searchHandlers;
    }

    @Override
    public QueryFactoryResult getQuery(QueryCreationContext context, TerminalClause clause) {
        Optional<TerminalClause> indexed = indexedClause(context, clause);
        if (indexed.isEmpty()) {
            return QueryFactoryResult.createFalseResult();
        }
        Collection<ClauseHandler> handlers =
                searchHandlers.get().getClauseHandler(context.getApplicationUser(), INDEXED_ALIAS);
        if (handlers == null || handlers.isEmpty()) {
            LOG.warn("Jira has no JQL clause '{}' (the indexed hashtags property): '{}' matches no issue until the "
                    + "app's index-document-configuration is loaded", INDEXED_ALIAS, clause.getName());
            return QueryFactoryResult.createFalseResult();
        }
        return handlers.iterator().next().getFactory().getQuery(context, indexed.get());
    }

    /** The same condition on the indexed alias, or empty when it can match nothing (no valid tag in it). */
    Optional<TerminalClause> indexedClause(QueryCreationContext context, TerminalClause clause) {
        Operator operator = clause.getOperator();
        if (!HashtagClauseValidator.SUPPORTED_OPERATORS.contains(operator)) {
            return Optional.empty();
        }
        Operand operand = clause.getOperand();
        if (operandResolver.isEmptyOperand(operand)) {
            return Optional.of(new TerminalClauseImpl(INDEXED_ALIAS, operator, EmptyOperand.EMPTY));
        }
        if (operator == Operator.IS || operator == Operator.IS_NOT) {
            return Optional.empty();
        }
        List<QueryLiteral> literals = operandResolver.getValues(context.getApplicationUser(), operand, clause);
        List<String> tags = (literals == null ? List.<QueryLiteral>of() : literals).stream()
                .filter(literal -> !literal.isEmpty())
                .map(HashtagClauseValidator::text)
                .map(HashtagIssueQuery::normalize)
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        if (tags.isEmpty()) {
            return Optional.empty();
        }
        if (tags.size() == 1 && (operator == Operator.EQUALS || operator == Operator.NOT_EQUALS)) {
            return Optional.of(new TerminalClauseImpl(INDEXED_ALIAS, operator, new SingleValueOperand(tags.get(0))));
        }
        // = and != over a function that answers several tags mean "any of" / "none of", as in and not in do.
        boolean negative = operator == Operator.NOT_EQUALS || operator == Operator.NOT_IN;
        return Optional.of(new TerminalClauseImpl(INDEXED_ALIAS, negative ? Operator.NOT_IN : Operator.IN,
                new MultiValueOperand(tags.toArray(String[]::new))));
    }
}
