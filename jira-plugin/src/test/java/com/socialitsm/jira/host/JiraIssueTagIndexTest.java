package com.socialitsm.jira.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.entity.property.EntityPropertyOptions;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyInput;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyResult;
import com.atlassian.jira.entity.property.EntityPropertyService.SetPropertyValidationResult;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Jira's value classes (PropertyInput, EntityPropertyOptions.Builder) are compile-only stubs here, so their
 * construction is intercepted and what the adapter passed to them is checked.
 */
class JiraIssueTagIndexTest {
    private final IssuePropertyService service = mock(IssuePropertyService.class);
    private final JiraIssueTagIndex index = new JiraIssueTagIndex(service);
    private final EntityPropertyOptions skipPermissions = mock(EntityPropertyOptions.class);

    @Test
    void writesTheIssuesTagsSortedAsTheIndexedPropertyAsTheAppWithoutPermissionChecks() {
        SetPropertyValidationResult validated = result(SetPropertyValidationResult.class, true);
        PropertyResult stored = result(PropertyResult.class, true);
        when(service.validateSetProperty(isNull(), eq(42L), any(), eq(skipPermissions))).thenReturn(validated);
        when(service.setProperty(null, validated)).thenReturn(stored);

        List<List<?>> inputs = run(() -> index.tagsChanged(42L, new LinkedHashSet<>(List.of("vpn", "outage"))));

        assertThat(inputs).containsExactly(List.of("{\"tags\":[\"outage\",\"vpn\"]}", "social-itsm-hashtags"));
        verify(service).setProperty(null, validated);
    }

    @Test
    void anIssueWhoseTagsAreAllGoneGetsAnEmptyListSoHashtagsIsEmptyFindsIt() {
        SetPropertyValidationResult validated = result(SetPropertyValidationResult.class, true);
        PropertyResult stored = result(PropertyResult.class, true);
        when(service.validateSetProperty(isNull(), eq(7L), any(), eq(skipPermissions))).thenReturn(validated);
        when(service.setProperty(any(), any())).thenReturn(stored);

        assertThat(run(() -> index.tagsChanged(7L, Set.of())))
                .containsExactly(List.of("{\"tags\":[]}", "social-itsm-hashtags"));
    }

    @Test
    void whatJiraRefusesIsLoggedNeverThrownAndNothingIsStored() {
        SetPropertyValidationResult refused = result(SetPropertyValidationResult.class, false);
        when(service.validateSetProperty(isNull(), anyLong(), any(), any())).thenReturn(refused);

        assertThatCode(() -> run(() -> index.tagsChanged(9L, Set.of("vpn")))).doesNotThrowAnyException();
        verify(service, never()).setProperty(any(), any());
    }

    @Test
    void aFailingServiceIsLoggedNotThrownTheChangeIsCommittedAlready() {
        when(service.validateSetProperty(isNull(), anyLong(), any(), any())).thenThrow(new IllegalStateException("db down"));

        assertThatCode(() -> run(() -> index.tagsChanged(9L, Set.of("vpn")))).doesNotThrowAnyException();
    }

    @Test
    void theValueStaysUnderJirasLimitAndIsValidJsonForAnyTag() {
        Set<String> many = new LinkedHashSet<>();
        for (int i = 0; i < 1_000; i++) {
            many.add("t" + "x".repeat(58) + String.format("%04d", i));
        }
        List<String> fitting = JiraIssueTagIndex.tagsThatFit(many);

        assertThat(fitting).hasSizeBetween(400, 999);
        assertThat(JiraIssueTagIndex.json(fitting).length()).isLessThanOrEqualTo(JiraIssueTagIndex.MAX_VALUE_LENGTH);
        assertThat(JiraIssueTagIndex.json(List.of("a\"b\\c\n"))).isEqualTo("{\"tags\":[\"a\\\"b\\\\c\\u000a\"]}");
    }

    /** Runs the adapter with Jira's value classes intercepted; returns the (value, key) of each PropertyInput. */
    private List<List<?>> run(Runnable action) {
        List<List<?>> inputs = new ArrayList<>();
        try (MockedConstruction<PropertyInput> input = mockConstruction(PropertyInput.class,
                (created, context) -> inputs.add(context.arguments()));
             MockedConstruction<EntityPropertyOptions.Builder> builder = mockConstruction(
                     EntityPropertyOptions.Builder.class, (created, context) -> {
                         when(created.skipPermissionChecks()).thenReturn(created);
                         when(created.build()).thenReturn(skipPermissions);
                     })) {
            action.run();
        }
        return inputs;
    }

    private static <T extends com.atlassian.jira.bc.ServiceResult> T result(Class<T> type, boolean valid) {
        T result = mock(type);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(valid ? List.of() : List.of("You cannot edit this issue."));
        when(result.isValid()).thenReturn(valid);
        when(result.getErrorCollection()).thenReturn(errors);
        return result;
    }
}
