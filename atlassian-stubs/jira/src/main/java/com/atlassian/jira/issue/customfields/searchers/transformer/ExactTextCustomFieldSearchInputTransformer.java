// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/issue/customfields/searchers/transformer/ExactTextCustomFieldSearchInputTransformer.html; new ExactTextCustomFieldSearchInputTransformer(field, field.getClauseNames(), searcherInformation.getId(), customFieldInputHelper) in https://github.com/atlascommunity/jira-plugins-groovy/blob/0021eff165f5fb37fff4c7fba0cb7f7831901b9e/src/main/java/ru/mail/jira/plugins/groovy/impl/jql/JqlFieldSearcher.java and in Jira's ExactTextSearcher (code search)
// Confidence: [V] the constructor; [I] 11.3 unchanged
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.customfields.searchers.transformer;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.ClauseNames;
import com.atlassian.jira.issue.search.searchers.transformer.SearchInputTransformer;

public class ExactTextCustomFieldSearchInputTransformer implements SearchInputTransformer {
    public ExactTextCustomFieldSearchInputTransformer(CustomField field, ClauseNames clauseNames,
                                                      String urlParameterName,
                                                      CustomFieldInputHelper customFieldInputHelper) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
