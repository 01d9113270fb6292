package com.socialitsm.jira.field;

import java.util.List;
import java.util.Optional;

import com.atlassian.jira.jql.values.ClauseValuesGenerator;
import com.atlassian.jira.user.ApplicationUser;

import com.socialitsm.hashtag.HashtagService;
import com.socialitsm.hashtag.TagSuggestion;

/**
 * The values Jira's JQL autocomplete offers after {@code Hashtags = }: the tags starting with what was typed, most
 * used first, from {@link HashtagService#suggest} — so only tags on issues the searcher may browse, counted over
 * those issues, never a blocked or merged tag. The value is the tag's normal form, the form the index holds; Jira
 * quotes and escapes it for the query and the dropdown itself, so nothing is escaped here.
 */
final class HashtagValuesGenerator implements ClauseValuesGenerator {
    /** The longest prefix worth a query: a tag has at most 64 characters, plus an optional '#'. */
    static final int MAX_PREFIX_LENGTH = 65;
    /** Jira asks for 15 values; a caller asking for more still gets at most this many. */
    static final int MAX_VALUES = 100;

    private final HashtagService hashtags;

    HashtagValuesGenerator(HashtagService hashtags) {
        this.hashtags = hashtags;
    }

    @Override
    public Results getPossibleValues(ApplicationUser searcher, String jqlClauseName, String valuePrefix,
                                     int maxNumResults) {
        // Anonymous searchers get no suggestions: the tag names of public projects are not worth a query per
        // keystroke from anyone on the internet, and the search itself still works for them.
        Optional<String> viewer = Optional.ofNullable(searcher).map(ApplicationUser::getKey);
        String prefix = valuePrefix == null ? "" : valuePrefix;
        if (viewer.isEmpty() || maxNumResults < 1 || prefix.length() > MAX_PREFIX_LENGTH) {
            return new Results(List.of());
        }
        int limit = Math.min(maxNumResults, MAX_VALUES);
        List<Result> values = hashtags.suggest(viewer, prefix, limit).stream()
                .limit(limit)
                .map(TagSuggestion::tag)
                .map(Result::new)
                .toList();
        return new Results(values);
    }
}
