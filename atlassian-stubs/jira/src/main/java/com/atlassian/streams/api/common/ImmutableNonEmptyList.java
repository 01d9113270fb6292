// Source: decompiled streams-api (CFR 0.152; public decompiled copy, code search) and the Activity Streams source (public
// copy, code search): "public class ImmutableNonEmptyList<T> extends ForwardingList<T> implements NonEmptyIterable<T>",
// "public static <E> ImmutableNonEmptyList<E> of(E e)" and "of(E e, E... others)"
// Confidence: [C] the factories; the stand-in extends AbstractList instead of Guava's ForwardingList (the app uses it only
// as a NonEmptyIterable)
// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/activity-streams-provider-plugin-module/ and https://developer.atlassian.com/display/DOCS/Making+your+own+Activity+Streams+Provider (the provider SPI); members from the decompiled copy above; Activity Streams on Jira 11.3 [U] (imported optionally, see jira-plugin's atlassian profile)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.streams.api.common;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

public class ImmutableNonEmptyList<T> extends AbstractList<T> implements NonEmptyIterable<T> {
    private final List<T> delegate;

    private ImmutableNonEmptyList(T head, List<T> tail) {
        List<T> all = new ArrayList<>();
        all.add(Objects.requireNonNull(head, "head"));
        all.addAll(tail);
        this.delegate = List.copyOf(all);
    }

    public static <E> ImmutableNonEmptyList<E> of(E e) {
        return new ImmutableNonEmptyList<>(e, List.of());
    }

    @SafeVarargs
    public static <E> ImmutableNonEmptyList<E> of(E e, E... others) {
        return new ImmutableNonEmptyList<>(e, Arrays.asList(others));
    }

    @Override
    public T get(int index) {
        return delegate.get(index);
    }

    @Override
    public int size() {
        return delegate.size();
    }
}
