// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/CustomFieldSearcher.html ("@PublicSpi @PublicApi public interface CustomFieldSearcher extends IssueSearcher<CustomField>": init(CustomFieldSearcherModuleDescriptor), getDescriptor(), getCustomFieldSearcherClauseHandler()); https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/issue/customfields/CustomFieldSearcher.html
// Confidence: [V] the three methods and the supertype; [I] 11.3: AbstractInitializationCustomFieldSearcher and these types are still there in Jira Software 11.1's searchers (https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/customfield/AbstractCustomFieldSearcher.html)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.customfields.searchers.CustomFieldSearcherClauseHandler;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.searchers.IssueSearcher;
import com.atlassian.jira.plugin.customfield.CustomFieldSearcherModuleDescriptor;

public interface CustomFieldSearcher extends IssueSearcher<CustomField> {
    void init(CustomFieldSearcherModuleDescriptor customFieldSearcherModuleDescriptor);

    CustomFieldSearcherModuleDescriptor getDescriptor();

    CustomFieldSearcherClauseHandler getCustomFieldSearcherClauseHandler();
}
