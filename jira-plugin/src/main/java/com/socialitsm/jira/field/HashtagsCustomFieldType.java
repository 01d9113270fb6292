package com.socialitsm.jira.field;

import java.util.Collection;
import java.util.List;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;

import com.socialitsm.hashtag.HashtagIssueQuery;

/**
 * A read-only "Hashtags" field for the issue navigator and issue view: the issue's tags, computed on read from the
 * app's tables (nothing is stored in Jira's custom field values, so it can never disagree with the tags). Search by
 * tag is Jira's own index of an issue property ({@code JiraIssueTagIndex}); the field's searcher,
 * {@link HashtagsCustomFieldSearcher}, adds value completion and basic search on top of it without indexing anything
 * itself (docs/hashtags.md, "JQL").
 */
public final class HashtagsCustomFieldType extends CalculatedCFType<Collection<String>, String> {
    private final HashtagIssueQuery hashtagIssueQuery;

    public HashtagsCustomFieldType(HashtagIssueQuery hashtagIssueQuery) {
        this.hashtagIssueQuery = hashtagIssueQuery;
    }

    /** The tags, or null when there are none: Jira renders "None" for a null value and hides the field. */
    @Override
    public Collection<String> getValueFromIssue(CustomField field, Issue issue) {
        if (issue == null || issue.getId() == null) {
            return null;
        }
        List<String> tags = hashtagIssueQuery.tagsOfIssue(issue.getId());
        return tags.isEmpty() ? null : tags;
    }

    @Override
    public String getStringFromSingularObject(String tag) {
        return tag;
    }

    @Override
    public String getSingularObjectFromString(String typed) throws FieldValidationException {
        return HashtagIssueQuery.normalize(typed)
                .orElseThrow(() -> new FieldValidationException("Not a hashtag: " + typed));
    }
}
