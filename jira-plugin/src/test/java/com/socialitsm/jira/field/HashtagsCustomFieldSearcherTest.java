package com.socialitsm.jira.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.issue.customfields.SingleValueCustomFieldValueProvider;
import com.atlassian.jira.issue.customfields.searchers.information.CustomFieldSearcherInformation;
import com.atlassian.jira.issue.customfields.searchers.renderer.CustomFieldRenderer;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.issue.customfields.searchers.transformer.ExactTextCustomFieldSearchInputTransformer;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.ClauseNames;
import com.atlassian.jira.jql.ValueGeneratingClauseHandler;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.plugin.customfield.CustomFieldSearcherModuleDescriptor;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.web.FieldVisibilityManager;
import com.atlassian.query.operator.Operator;

import com.socialitsm.hashtag.HashtagService;

/** How the searcher presents itself to Jira: its clause completes values, and it brings no indexer of its own. */
class HashtagsCustomFieldSearcherTest {
    private final FieldVisibilityManager visibility = mock(FieldVisibilityManager.class);
    private final CustomFieldInputHelper inputHelper = mock(CustomFieldInputHelper.class);
    private final HashtagsCustomFieldSearcher searcher = new HashtagsCustomFieldSearcher(mock(HashtagService.class),
            mock(JqlOperandResolver.class), mock(JiraAuthenticationContext.class), visibility, inputHelper);

    @Test
    void itsClauseIsValueGeneratingWithTheHashtagsGeneratorAndTheEqualityOperators() {
        assertThat(searcher.getCustomFieldSearcherClauseHandler()).isInstanceOf(ValueGeneratingClauseHandler.class);
        ValueGeneratingClauseHandler generating = (ValueGeneratingClauseHandler) searcher.getCustomFieldSearcherClauseHandler();
        assertThat(generating.getClauseValuesGenerator()).isInstanceOf(HashtagValuesGenerator.class);
        assertThat(searcher.getCustomFieldSearcherClauseHandler().getClauseValidator())
                .isInstanceOf(HashtagClauseValidator.class);
        assertThat(searcher.getCustomFieldSearcherClauseHandler().getClauseQueryFactory())
                .isInstanceOf(HashtagClauseQueryFactory.class);
        assertThat(searcher.getCustomFieldSearcherClauseHandler().getSupportedOperators()).containsExactlyInAnyOrder(
                Operator.EQUALS, Operator.NOT_EQUALS, Operator.IN, Operator.NOT_IN, Operator.IS, Operator.IS_NOT);
        assertThat(searcher.getCustomFieldSearcherClauseHandler().getDataType()).isSameAs(JiraDataTypes.TEXT);
    }

    @Test
    void initGivesJiraNoIndexerSoAReindexRunsNoAppCode() {
        CustomField field = mock(CustomField.class);
        ClauseNames names = mock(ClauseNames.class);
        when(field.getId()).thenReturn("customfield_10100");
        when(field.getNameKey()).thenReturn("Hashtags");
        when(field.getClauseNames()).thenReturn(names);
        CustomFieldSearcherModuleDescriptor descriptor = mock(CustomFieldSearcherModuleDescriptor.class);
        HashtagsCustomFieldSearcher initialized = spy(searcher);
        doReturn(descriptor).when(initialized).getDescriptor();
        List<List<Object>> information = new ArrayList<>();
        List<List<Object>> renderers = new ArrayList<>();
        List<List<Object>> transformers = new ArrayList<>();

        try (MockedConstruction<CustomFieldSearcherInformation> info = mockConstruction(
                     CustomFieldSearcherInformation.class, (created, context) -> {
                         information.add(new ArrayList<>(context.arguments()));
                         when(created.getId()).thenReturn("customfield_10100");
                     });
             MockedConstruction<CustomFieldRenderer> renderer = mockConstruction(CustomFieldRenderer.class,
                     (created, context) -> renderers.add(new ArrayList<>(context.arguments())));
             MockedConstruction<ExactTextCustomFieldSearchInputTransformer> transformer = mockConstruction(
                     ExactTextCustomFieldSearchInputTransformer.class,
                     (created, context) -> transformers.add(new ArrayList<>(context.arguments())));
             MockedConstruction<SingleValueCustomFieldValueProvider> values = mockConstruction(
                     SingleValueCustomFieldValueProvider.class)) {
            initialized.init(field);

            assertThat(initialized.getSearchInformation()).isSameAs(info.constructed().get(0));
            assertThat(initialized.getSearchRenderer()).isSameAs(renderer.constructed().get(0));
            assertThat(initialized.getSearchInputTransformer()).isSameAs(transformer.constructed().get(0));
            assertThat(renderers.get(0)).containsExactly(names, descriptor, field, values.constructed().get(0),
                    visibility);
        }

        assertThat(information.get(0).subList(0, 3)).containsExactly("customfield_10100", "Hashtags", List.of());
        assertThat(((AtomicReference<?>) information.get(0).get(3)).get()).isSameAs(field);
        assertThat(transformers.get(0)).containsExactly(field, names, "customfield_10100", inputHelper);
    }

    @Test
    void itsPartsAreNotHandedOutBeforeJiraInitializedIt() {
        assertThatThrownBy(searcher::getSearchInformation).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(searcher::getSearchRenderer).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(searcher::getSearchInputTransformer).isInstanceOf(IllegalStateException.class);
    }
}
