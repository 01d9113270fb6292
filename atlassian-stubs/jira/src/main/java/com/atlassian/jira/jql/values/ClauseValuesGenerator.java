// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/jql/values/ClauseValuesGenerator.html (Jira 10.3 javadoc of jira-api); getPossibleValues(ApplicationUser searcher, String jqlClauseName, String valuePrefix, int maxNumResults) as Jira Software 10.6 implements it https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/customfield/epiclink/EpicLinkClauseValueGenerator.html; Results(List<Result>)/getResults() https://docs.atlassian.com/jira/latest/com/atlassian/jira/jql/values/ClauseValuesGenerator.Results.html; new Result(String) as Jira's own LabelsClauseValuesGenerator calls it
// Confidence: [V] getPossibleValues on 10.x, Results(List), getResults(), Result(String); [I] 11.3 unchanged (a @PublicApi interface the Search API migration guide does not list)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.jql.values;

import java.util.List;

import com.atlassian.jira.user.ApplicationUser;

public interface ClauseValuesGenerator {
    Results getPossibleValues(ApplicationUser searcher, String jqlClauseName, String valuePrefix, int maxNumResults);

    class Results {
        public Results(List<Result> results) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public List<Result> getResults() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }

    class Result {
        public Result(String value) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public String getValue() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
