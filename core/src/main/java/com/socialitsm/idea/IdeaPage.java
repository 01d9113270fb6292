package com.socialitsm.idea;

import java.util.List;
import java.util.Optional;

/** One page of a board, and the cursor of the next page if there is one. */
public record IdeaPage(List<Idea> items, Optional<String> next) {
    public IdeaPage {
        items = List.copyOf(items);
    }
}
