package com.socialitsm.jira.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 * <p>The id list is capped at {@link #MAX_ISSUES} (newest first) because Jira turns it into an {@code IN} clause;
 * a tag on more issues needs a searcher on the "Hashtags" field, which is planned.
 */
public final class HashtagJqlFunction extends AbstractJqlFunction {
    static final int MAX_TAGS = 20;
    static final int MAX_ISSUES = 10_000;

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
        for (String arg : args) {
            if (HashtagIssueQuery.normalize(arg).isEmpty()) {
                messages.addErrorMessage(i18n.getText("socialitsm.jql.hashtag.error.invalid", String.valueOf(arg)));
            }
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        List<String> tags = operand.getArgs().stream()
                .map(HashtagIssueQuery::normalize)
                .flatMap(Optional::stream)
                .limit(MAX_TAGS)
                .toList();
        if (tags.isEmpty()) {
            return List.of();
        }
        Set<Long> issueIds = hashtagIssueQuery.issueIdsTagged(tags, MAX_ISSUES);
        List<QueryLiteral> literals = new ArrayList<>(issueIds.size());
        for (Long issueId : issueIds) {
            literals.add(new QueryLiteral(operand, issueId));
        }
        return literals;
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
