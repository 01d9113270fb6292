// Source: Activity Streams' own option type (not Fugue's), as the decompiled streams-api/streams-spi of the Platform 7
// transition line (CFR 0.152; public decompiled copy, code search) use it: StreamsEntry "Option.none(ActivityObject.class)",
// "Option.some(...)", Filters "minDate.isDefined()", "minDate.map(toDate)", "minDate.iterator()"; the sample provider of
// the SDK tutorial "Making your own Activity Streams provider" calls "userProfile.getProfilePageUri().isDefined()" and
// ".get()"; an Option is Iterable ("for (URI uri : o)" in the Activity Streams source of UserProfile)
// Confidence: [C] none(), none(Class), some(A), isDefined(), get(), iterator(), map(java.util.function.Function) in
// use; the stand-in is a plain implementation (the real one also has Guava-typed overloads)
// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/activity-streams-provider-plugin-module/ and https://developer.atlassian.com/display/DOCS/Making+your+own+Activity+Streams+Provider (the provider SPI); members from the decompiled copy above; Activity Streams on Jira 11.3 [U] (imported optionally, see jira-plugin's atlassian profile)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.streams.api.common;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

public abstract class Option<A> implements Iterable<A> {
    private static final Option<Object> NONE = new Option<>() {
        @Override
        public boolean isDefined() {
            return false;
        }

        @Override
        public Object get() {
            throw new NoSuchElementException();
        }
    };

    Option() {
    }

    @SuppressWarnings("unchecked")
    public static <A> Option<A> none() {
        return (Option<A>) NONE;
    }

    public static <A> Option<A> none(Class<A> type) {
        return none();
    }

    public static <A> Option<A> some(A value) {
        Objects.requireNonNull(value, "value");
        return new Option<>() {
            @Override
            public boolean isDefined() {
                return true;
            }

            @Override
            public A get() {
                return value;
            }
        };
    }

    public abstract boolean isDefined();

    public abstract A get();

    public <B> Option<B> map(Function<A, B> f) {
        return isDefined() ? some(f.apply(get())) : none();
    }

    @Override
    public Iterator<A> iterator() {
        return isDefined() ? Collections.singletonList(get()).iterator() : Collections.emptyIterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Option<?> other && other.isDefined() == isDefined()
                && (!isDefined() || get().equals(other.get()));
    }

    @Override
    public int hashCode() {
        return isDefined() ? get().hashCode() : 31;
    }

    @Override
    public String toString() {
        return isDefined() ? "some(" + get() + ")" : "none()";
    }
}
