// Source: decompiled streams-spi Filters (CFR 0.152; public decompiled copy, code search), non-deprecated members:
// "public static Iterable<String> getAuthors(ActivityRequest)", "getProjectKeys", "getNotProjectKeys", "getIssueKeys",
// "getNotIssueKeys" (the IS values, minus NOT values, resp. the NOT values, of the standard filters "user", "key" and
// "issue-key"), "public static Option<Date> getMinDate(ActivityRequest)" / "getMaxDate" (the "update-date" filter: the
// first AFTER resp. BEFORE value, else the first pair of a BETWEEN range; values are epoch milliseconds),
// "public static Set<String> getIsValues(Iterable<Pair<StreamsFilterType.Operator, Iterable<String>>>)" and
// "getNotValues"; the filter keys as in StandardStreamsFilterOption (USER "user", ISSUE_KEY "issue-key", UPDATE_DATE
// "update-date", PROJECT_KEY "key"). Atlassian's ThirdPartyStreamsActivityProvider (decompiled) reads requests the same way.
// Confidence: [C] the signatures and semantics above; the stand-in reads ActivityRequest.getStandardFiltersMap() where the
// decompiled copy reads the deprecated Guava getStandardFilters(); [U] unchanged in the streams 10.0.x line of Jira 10.3
// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/activity-streams-provider-plugin-module/ and https://developer.atlassian.com/display/DOCS/Making+your+own+Activity+Streams+Provider (the provider SPI); members from the decompiled copy above; Activity Streams on Jira 11.3 [U] (imported optionally, see jira-plugin's atlassian profile)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.streams.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.atlassian.streams.api.ActivityRequest;
import com.atlassian.streams.api.StreamsFilterType.Operator;
import com.atlassian.streams.api.common.Option;
import com.atlassian.streams.api.common.Pair;

public final class Filters {
    private static final String USER = "user";
    private static final String PROJECT_KEY = "key";
    private static final String ISSUE_KEY = "issue-key";
    private static final String UPDATE_DATE = "update-date";

    private Filters() {
    }

    public static Iterable<String> getAuthors(ActivityRequest request) {
        return getIsValues(filters(request, USER));
    }

    public static Iterable<String> getProjectKeys(ActivityRequest request) {
        return getIsValues(filters(request, PROJECT_KEY));
    }

    public static Iterable<String> getNotProjectKeys(ActivityRequest request) {
        return getNotValues(filters(request, PROJECT_KEY));
    }

    public static Iterable<String> getIssueKeys(ActivityRequest request) {
        return getIsValues(filters(request, ISSUE_KEY));
    }

    public static Iterable<String> getNotIssueKeys(ActivityRequest request) {
        return getNotValues(filters(request, ISSUE_KEY));
    }

    public static Option<Date> getMinDate(ActivityRequest request) {
        return date(filters(request, UPDATE_DATE), Operator.AFTER, 0);
    }

    public static Option<Date> getMaxDate(ActivityRequest request) {
        return date(filters(request, UPDATE_DATE), Operator.BEFORE, 1);
    }

    public static Set<String> getIsValues(Iterable<Pair<Operator, Iterable<String>>> filters) {
        Set<String> is = values(filters, Operator.IS);
        is.removeAll(values(filters, Operator.NOT));
        return is;
    }

    public static Set<String> getNotValues(Iterable<Pair<Operator, Iterable<String>>> filters) {
        return values(filters, Operator.NOT);
    }

    private static Collection<Pair<Operator, Iterable<String>>> filters(ActivityRequest request, String key) {
        Collection<Pair<Operator, Iterable<String>>> filters = request.getStandardFiltersMap().get(key);
        return filters == null ? List.of() : filters;
    }

    private static Set<String> values(Iterable<Pair<Operator, Iterable<String>>> filters, Operator op) {
        Set<String> values = new LinkedHashSet<>();
        for (Pair<Operator, Iterable<String>> filter : filters) {
            if (filter.first() == op) {
                filter.second().forEach(values::add);
            }
        }
        return values;
    }

    /** The first value of the operator, else the first pair of the first filter's values (a BETWEEN range). */
    private static Option<Date> date(Collection<Pair<Operator, Iterable<String>>> filters, Operator op, int rangeIndex) {
        for (Pair<Operator, Iterable<String>> filter : filters) {
            Iterator<String> values = filter.second().iterator();
            if (filter.first() == op && values.hasNext()) {
                return Option.some(new Date(Long.parseLong(values.next())));
            }
        }
        if (filters.isEmpty()) {
            return Option.none();
        }
        List<String> range = new ArrayList<>();
        filters.iterator().next().second().forEach(range::add);
        return range.size() < 2 ? Option.none() : Option.some(new Date(Long.parseLong(range.get(rangeIndex))));
    }
}
