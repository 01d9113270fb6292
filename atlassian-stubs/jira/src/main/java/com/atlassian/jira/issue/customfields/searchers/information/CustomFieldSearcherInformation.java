// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/issue/customfields/searchers/information/CustomFieldSearcherInformation.html; new CustomFieldSearcherInformation(field.getId(), field.getNameKey(), List<FieldIndexer> indexers, new AtomicReference<>(field)) in https://github.com/atlascommunity/jira-plugins-groovy/blob/0021eff165f5fb37fff4c7fba0cb7f7831901b9e/src/main/java/ru/mail/jira/plugins/groovy/impl/jql/JqlFieldSearcher.java and in Jira's own GroupPickerSearcher (code search)
// Confidence: [V] the constructor on 10.x; the indexers parameter is a raw List here on purpose: the app passes an empty list (no indexer: the Hashtags index is an issue property), and FieldIndexer's package differs between 10.3 (Lucene) and 11 (Search API), so neither is named; the erased signature (String, String, List, AtomicReference) is the same on both [I]
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.customfields.searchers.information;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.searchers.information.SearcherInformation;

public class CustomFieldSearcherInformation implements SearcherInformation<CustomField> {
    @SuppressWarnings("rawtypes")
    public CustomFieldSearcherInformation(String id, String nameKey, List indexers,
                                          AtomicReference<CustomField> fieldReference) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getId() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
