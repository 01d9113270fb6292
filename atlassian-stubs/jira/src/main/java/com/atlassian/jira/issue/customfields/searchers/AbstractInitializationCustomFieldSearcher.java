// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/issue/customfields/searchers/AbstractInitializationCustomFieldSearcher.html ("Abstract base class for searchers that performs the init methods for a searcher": init(CustomFieldSearcherModuleDescriptor), getDescriptor()); extended by https://github.com/atlascommunity/jira-plugins-groovy/blob/0021eff165f5fb37fff4c7fba0cb7f7831901b9e/src/main/java/ru/mail/jira/plugins/groovy/impl/jql/JqlFieldSearcher.java
// Confidence: [V] the class, no-arg constructor, the two methods; [I] 11.3: AbstractInitializationCustomFieldSearcher and these types are still there in Jira Software 11.1's searchers (https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/customfield/AbstractCustomFieldSearcher.html)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.customfields.searchers;

import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.plugin.customfield.CustomFieldSearcherModuleDescriptor;

public abstract class AbstractInitializationCustomFieldSearcher implements CustomFieldSearcher {
    protected AbstractInitializationCustomFieldSearcher() {
    }

    @Override
    public void init(CustomFieldSearcherModuleDescriptor customFieldSearcherModuleDescriptor) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public CustomFieldSearcherModuleDescriptor getDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
