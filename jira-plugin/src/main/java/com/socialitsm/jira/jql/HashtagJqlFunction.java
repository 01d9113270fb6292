package com.socialitsm.jira.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;

import com.socialitsm.hashtag.HashtagIssueQuery;

/**
 * {@code issue in hashtag("vpn", "#Outage")}: the issues carrying any of the tags. It returns issue ids; Jira's
 * search then applies the searcher's permissions, so no hidden issue is revealed. Jira runs one instance for every
 * query on many threads, so the class holds no state of its own.
 *
 * <p>Kept for compatibility; the exact search at any size is the {@code Hashtags} field of Jira's own index
 * ({@code Hashtags = vpn}, docs/hashtags.md). Jira turns the returned ids into an {@code IN} clause, so the function
 * answers at most {@link #MAX_ISSUES} issues, and never a cut list: when the tags are on more issues, validation
 * fails with a message that names the equivalent {@code Hashtags} clause.
 */
public final class HashtagJqlFunction extends AbstractJqlFunction {
    static final int MAX_TAGS = 20;
    static final int MAX_ISSUES = 10_000;
    /**
     * Issues tagged between Jira's validation of a query and its run are still answered, up to this many. More
     * means validation was skipped (a caller that runs queries without validating them): the function then answers
     * nothing rather than a cut list, and logs why.
     */
    static final int TAGGED_SINCE_VALIDATION = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(HashtagJqlFunction.class);

    private final HashtagIssueQuery hashtagIssueQuery;
    private final JiraAuthenticationContext authenticationContext;

    public HashtagJqlFunction(HashtagIssueQuery hashtagIssueQuery, JiraAuthenticationContext authenticationContext) {
        this.hashtagIssueQuery = hashtagIssueQuery;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        I18nHelper i18n = authenticationContext.getI18nHelper();
        List<String> args = operand.getArgs();
        if (args.isEmpty()) {
            messages.addErrorMessage(i18n.getText("socialitsm.jql.hashtag.error.noargs"));
        }
        if (args.size() > MAX_TAGS) {
            messages.addErrorMessage(i18n.getText("socialitsm.jql.hashtag.error.toomany", String.valueOf(MAX_TAGS)));
        }
        boolean valid = !args.isEmpty() && args.size() <= MAX_TAGS;
        for (String arg : args) {
            if (HashtagIssueQuery.normalize(arg).isEmpty()) {
                messages.addErrorMessage(i18n.getText("socialitsm.jql.hashtag.error.invalid", String.valueOf(arg)));
                valid = false;
            }
        }
        // Only a valid query costs a read: up to MAX_ISSUES + 1 ids along the (TAG, ISSUE_ID, …) index.
        List<String> tags = tags(operand);
        if (valid && hashtagIssueQuery.issueIdsTagged(tags, MAX_ISSUES + 1).size() > MAX_ISSUES) {
            // The text says 10,000: MAX_ISSUES, which HashtagJqlFunctionTest keeps in step with the texts.
            messages.addErrorMessage(i18n.getText("socialitsm.jql.hashtag.error.toolarge", fieldClause(tags)));
        }
        return messages;
    }

    /** The same search as a clause of the indexed field: {@code Hashtags = vpn} or {@code Hashtags in (vpn, outage)}. */
    static String fieldClause(List<String> tags) {
        return tags.size() == 1 ? "Hashtags = " + tags.get(0) : "Hashtags in (" + String.join(", ", tags) + ")";
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        List<String> tags = tags(operand);
        if (tags.isEmpty()) {
            return List.of();
        }
        int limit = MAX_ISSUES + TAGGED_SINCE_VALIDATION;
        Set<Long> issueIds = hashtagIssueQuery.issueIdsTagged(tags, limit + 1);
        if (issueIds.size() > limit) {
            LOG.warn("hashtag({}) is on more than {} issues and the query was not validated; answering no issues "
                    + "rather than a cut list (use {})", tags, MAX_ISSUES, fieldClause(tags));
            return List.of();
        }
        List<QueryLiteral> literals = new ArrayList<>(issueIds.size());
        for (Long issueId : issueIds) {
            literals.add(new QueryLiteral(operand, issueId));
        }
        return literals;
    }

    /** The valid tags in normal form, without repeats, at most {@link #MAX_TAGS}. */
    private static List<String> tags(FunctionOperand operand) {
        return operand.getArgs().stream()
                .map(HashtagIssueQuery::normalize)
                .flatMap(Optional::stream)
                .distinct()
                .limit(MAX_TAGS)
                .toList();
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
