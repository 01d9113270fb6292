package com.socialitsm.jira.field;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.issue.customfields.SingleValueCustomFieldValueProvider;
import com.atlassian.jira.issue.customfields.searchers.AbstractInitializationCustomFieldSearcher;
import com.atlassian.jira.issue.customfields.searchers.CustomFieldSearcherClauseHandler;
import com.atlassian.jira.issue.customfields.searchers.information.CustomFieldSearcherInformation;
import com.atlassian.jira.issue.customfields.searchers.renderer.CustomFieldRenderer;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.issue.customfields.searchers.transformer.ExactTextCustomFieldSearchInputTransformer;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.managers.SearchHandlerManager;
import com.atlassian.jira.issue.search.searchers.information.SearcherInformation;
import com.atlassian.jira.issue.search.searchers.renderer.SearchRenderer;
import com.atlassian.jira.issue.search.searchers.transformer.SearchInputTransformer;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.web.FieldVisibilityManager;

import com.socialitsm.hashtag.HashtagService;

/**
 * The searcher of the read-only "Hashtags" field: it gives the field's JQL clause ({@code Hashtags = vpn}) value
 * completion and a text box in basic search, while the index stays the issue property Jira indexes without the app
 * (docs/hashtags.md, "Autocomplete and basic search"). Hence no indexer: a full re-index calls no app code and reads
 * none of the app's tables, and the query factory answers from the property's index field.
 *
 * <p>Jira builds one searcher per field and calls {@link #init(CustomField)} with it, possibly again when the field
 * changes; the parts are replaced as a whole, as Jira's own searchers do.
 */
public final class HashtagsCustomFieldSearcher extends AbstractInitializationCustomFieldSearcher {
    private final FieldVisibilityManager fieldVisibilityManager;
    private final CustomFieldInputHelper customFieldInputHelper;
    private final HashtagsClauseHandler clauseHandler;

    private volatile SearcherInformation<CustomField> searcherInformation;
    private volatile SearchRenderer searchRenderer;
    private volatile SearchInputTransformer searchInputTransformer;

    public HashtagsCustomFieldSearcher(HashtagService hashtagService, JqlOperandResolver jqlOperandResolver,
                                       JiraAuthenticationContext jiraAuthenticationContext,
                                       FieldVisibilityManager fieldVisibilityManager,
                                       CustomFieldInputHelper customFieldInputHelper) {
        this.fieldVisibilityManager = fieldVisibilityManager;
        this.customFieldInputHelper = customFieldInputHelper;
        this.clauseHandler = new HashtagsClauseHandler(
                new HashtagClauseValidator(jqlOperandResolver, jiraAuthenticationContext),
                new HashtagClauseQueryFactory(jqlOperandResolver,
                        () -> ComponentAccessor.getComponent(SearchHandlerManager.class)),
                new HashtagValuesGenerator(hashtagService));
    }

    @Override
    public void init(CustomField field) {
        // No indexers: the tags reach Jira's index as an issue property (JiraIssueTagIndex), not through the field.
        CustomFieldSearcherInformation information = new CustomFieldSearcherInformation(field.getId(),
                field.getNameKey(), List.of(), new AtomicReference<>(field));
        this.searchRenderer = new CustomFieldRenderer(field.getClauseNames(), getDescriptor(), field,
                new SingleValueCustomFieldValueProvider(), fieldVisibilityManager);
        this.searchInputTransformer = new ExactTextCustomFieldSearchInputTransformer(field, field.getClauseNames(),
                information.getId(), customFieldInputHelper);
        this.searcherInformation = information;
    }

    @Override
    public SearcherInformation<CustomField> getSearchInformation() {
        return initialized(searcherInformation);
    }

    @Override
    public SearchInputTransformer getSearchInputTransformer() {
        return initialized(searchInputTransformer);
    }

    @Override
    public SearchRenderer getSearchRenderer() {
        return initialized(searchRenderer);
    }

    @Override
    public CustomFieldSearcherClauseHandler getCustomFieldSearcherClauseHandler() {
        return clauseHandler;
    }

    private static <T> T initialized(T part) {
        if (part == null) {
            throw new IllegalStateException("The Hashtags searcher is used before Jira initialized it with its field");
        }
        return part;
    }
}
