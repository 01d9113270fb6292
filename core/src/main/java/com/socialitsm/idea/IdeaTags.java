package com.socialitsm.idea;

import java.util.List;

/** An idea's HASHTAGS column ({@code " vpn outage "}) read back as tags. */
final class IdeaTags {
    private IdeaTags() {
    }

    static List<String> fromColumn(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return List.of(column.trim().split(" +"));
    }
}
