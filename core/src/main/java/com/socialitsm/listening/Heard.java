package com.socialitsm.listening;

import java.util.List;

/** What a message counted: its distinct hashtags in normal form, in order of first appearance (maybe none). */
public record Heard(ListenFormat format, List<String> tags) {
    public Heard {
        tags = List.copyOf(tags);
    }
}
