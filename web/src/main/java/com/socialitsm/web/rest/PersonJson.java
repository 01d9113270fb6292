package com.socialitsm.web.rest;

import com.socialitsm.host.UserRef;

/**
 * A person, wherever the API nests one (a feed item's {@code actors}, the people of a kudos panel, a suggestion, a
 * question's {@code author}): one shape, so clients read every person alike. Top-level fields that name a user by key
 * ({@code actor}, a leaderboard row's {@code user}) keep their documented names.
 */
public record PersonJson(String key, String displayName, String avatarUrl) {

    static PersonJson of(UserRef user) {
        return new PersonJson(user.key(), user.displayName(), user.avatarUrl());
    }

    static PersonJson of(com.socialitsm.activity.Person person) {
        return new PersonJson(person.key(), person.displayName(), person.avatarUrl());
    }

    static PersonJson of(com.socialitsm.kudos.Person person) {
        return new PersonJson(person.user(), person.displayName(), person.avatarUrl());
    }
}
