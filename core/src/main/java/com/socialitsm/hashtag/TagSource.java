package com.socialitsm.hashtag;

/**
 * Where a tag on an issue came from, as stored in ISSUE_HASHTAG.SOURCE. One row per tag and issue keeps the
 * stickiest source that applies: {@link #MANUAL} (stays until removed by hand) over {@link #COMMENT} (seen in a
 * comment: stays until removed by hand, since the engine only ever sees the new comment) over {@link #TEXT} (in the
 * current summary or description: follows every edit of them).
 */
enum TagSource {
    TEXT("text"),
    COMMENT("comment"),
    MANUAL("manual");

    private final String column;

    TagSource(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    /** What the REST API shows: tags from comments are text tags too ({@code "text"} or {@code "manual"}). */
    String shown() {
        return this == MANUAL ? MANUAL.column : TEXT.column;
    }

    boolean isStickierThan(TagSource other) {
        return ordinal() > other.ordinal();
    }

    static TagSource ofColumn(String value) {
        for (TagSource source : values()) {
            if (source.column.equals(value)) {
                return source;
            }
        }
        return TEXT;
    }
}
