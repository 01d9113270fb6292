// Source: https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/plugin/jql/function/JqlFunction.html (type, @PublicSpi, AbstractJqlFunction among implementors); signatures from https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/AbstractJqlFunction.html and public subclasses (code search: WorklogPeriodJqlFunction, ProjectsFunction) as recorded in jira-api-facts.md §7
// Confidence: [V] 'public abstract class AbstractJqlFunction implements JqlFunction' providing init/getFunctionName/isList/getModuleDescriptor; subclasses implement validate, getValues, getMinimumNumberOfExpectedArguments, getDataType
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.plugin.jql.function;

public abstract class AbstractJqlFunction implements JqlFunction {
    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getFunctionName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public boolean isList() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public JqlFunctionModuleDescriptor getModuleDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
