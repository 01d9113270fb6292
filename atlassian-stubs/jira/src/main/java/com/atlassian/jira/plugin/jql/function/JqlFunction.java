// Source: https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/plugin/jql/function/JqlFunction.html (type, @PublicSpi, AbstractJqlFunction among implementors); signatures from https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/AbstractJqlFunction.html and public subclasses (code search: WorklogPeriodJqlFunction, ProjectsFunction) as recorded in jira-api-facts.md §7
// Confidence: [V] validate/getValues/getMinimumNumberOfExpectedArguments/getDataType/init/getFunctionName/isList
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.plugin.jql.function;

import java.util.List;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;

public interface JqlFunction {
    void init(JqlFunctionModuleDescriptor moduleDescriptor);

    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand, TerminalClause terminalClause);

    boolean isList();

    int getMinimumNumberOfExpectedArguments();

    String getFunctionName();

    JiraDataType getDataType();
}
