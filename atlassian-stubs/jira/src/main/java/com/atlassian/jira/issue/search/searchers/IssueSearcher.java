// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/issue/search/searchers/IssueSearcher.html (Jira 10.3 javadoc of jira-api: init(T field), getSearchInformation(), getSearchInputTransformer(), getSearchRenderer()); implemented by https://github.com/atlascommunity/jira-plugins-groovy/blob/0021eff165f5fb37fff4c7fba0cb7f7831901b9e/src/main/java/ru/mail/jira/plugins/groovy/impl/jql/JqlFieldSearcher.java
// Confidence: [V] the four methods; [I] 11.3: AbstractInitializationCustomFieldSearcher and these types are still there in Jira Software 11.1's searchers (https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/customfield/AbstractCustomFieldSearcher.html)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.search.searchers;

import com.atlassian.jira.issue.search.searchers.information.SearcherInformation;
import com.atlassian.jira.issue.search.searchers.renderer.SearchRenderer;
import com.atlassian.jira.issue.search.searchers.transformer.SearchInputTransformer;

public interface IssueSearcher<T> {
    void init(T field);

    SearcherInformation<T> getSearchInformation();

    SearchInputTransformer getSearchInputTransformer();

    SearchRenderer getSearchRenderer();
}
