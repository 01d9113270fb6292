package com.socialitsm.knownissue;

import java.util.Optional;

/**
 * An agent's change of a known issue: each part optional. {@code update} is a public message to its followers; a
 * status change without a message is also recorded as an update, so followers see "fixed".
 */
public record KnownIssueEdit(Optional<String> title, Optional<String> text, Optional<String> status,
                             Optional<String> update) {
    public KnownIssueEdit {
        title = title == null ? Optional.empty() : title;
        text = text == null ? Optional.empty() : text;
        status = status == null ? Optional.empty() : status;
        update = update == null ? Optional.empty() : update;
    }
}
