package com.socialitsm.qa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One page of a question listing.
 *
 * @param next  the opaque cursor of the following page, empty on the last page
 * @param total how many questions the listing has in all, where that is cheap and reveals nothing hidden (the
 *              questions of one issue the viewer may browse); empty otherwise
 */
public record QuestionPage(List<Question> items, Optional<String> next, OptionalInt total) {
    public QuestionPage {
        items = List.copyOf(items);
        Objects.requireNonNull(next);
        Objects.requireNonNull(total);
    }
}
