package com.socialitsm.jira.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;

import com.socialitsm.hashtag.HashtagIssueQuery;

class HashtagsCustomFieldTypeTest {
    private final HashtagIssueQuery query = mock(HashtagIssueQuery.class);
    private final HashtagsCustomFieldType field = new HashtagsCustomFieldType(query);

    @Test
    void theValueIsTheIssuesTags() {
        when(query.tagsOfIssue(10L)).thenReturn(List.of("VPN", "outage"));

        assertThat(field.getValueFromIssue(mock(CustomField.class), issue(10L))).containsExactly("VPN", "outage");
    }

    @Test
    void noTagsOrNoIssueIsNoValue() {
        when(query.tagsOfIssue(11L)).thenReturn(List.of());

        assertThat(field.getValueFromIssue(mock(CustomField.class), issue(11L))).isNull();
        assertThat(field.getValueFromIssue(mock(CustomField.class), null)).isNull();
        assertThat(field.getValueFromIssue(mock(CustomField.class), mock(Issue.class))).isNull();
    }

    @Test
    void singleValuesAreNormalizedTags() {
        assertThat(field.getSingularObjectFromString("#VPN")).isEqualTo("vpn");
        assertThat(field.getStringFromSingularObject("vpn")).isEqualTo("vpn");
        assertThatThrownBy(() -> field.getSingularObjectFromString("two words"))
                .isInstanceOf(FieldValidationException.class);
    }

    private static Issue issue(long id) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        return issue;
    }
}
