// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/issue/customfields/searchers/renderer/CustomFieldRenderer.html; constructor (ClauseNames, CustomFieldSearcherModuleDescriptor, CustomField, CustomFieldValueProvider, FieldVisibilityManager) as Jira Software's SprintSearchRenderer calls it (https://docs.atlassian.com/jira-software/6.3.3/com/atlassian/greenhopper/customfield/sprint/SprintSearchRenderer.html) and https://github.com/atlascommunity/jira-plugins-groovy/blob/0021eff165f5fb37fff4c7fba0cb7f7831901b9e/src/main/java/ru/mail/jira/plugins/groovy/impl/jql/JqlFieldSearcher.java
// Confidence: [V] the constructor; it renders the searcher module's "search" and "view" velocity resources; [I] 11.3 unchanged
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.customfields.searchers.renderer;

import com.atlassian.jira.issue.customfields.CustomFieldValueProvider;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.ClauseNames;
import com.atlassian.jira.issue.search.searchers.renderer.SearchRenderer;
import com.atlassian.jira.plugin.customfield.CustomFieldSearcherModuleDescriptor;
import com.atlassian.jira.web.FieldVisibilityManager;

public class CustomFieldRenderer implements SearchRenderer {
    public CustomFieldRenderer(ClauseNames clauseNames,
                               CustomFieldSearcherModuleDescriptor customFieldSearcherModuleDescriptor,
                               CustomField field, CustomFieldValueProvider customFieldValueProvider,
                               FieldVisibilityManager fieldVisibilityManager) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
