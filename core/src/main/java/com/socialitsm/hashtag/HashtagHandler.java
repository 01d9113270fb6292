package com.socialitsm.hashtag;

import java.util.Objects;
import java.util.Optional;

import com.socialitsm.engine.ChangeContext;
import com.socialitsm.engine.IssueChangeHandler;
import com.socialitsm.host.IssueChange;
import com.socialitsm.settings.Feature;

/**
 * The hashtag step of handling an issue change, first of all handlers: brings the issue's tags up to date with its
 * text (see {@link HashtagService} for the rules) and tells the later handlers what the issue carries now and what
 * was added and removed.
 */
public final class HashtagHandler implements IssueChangeHandler {
    private final HashtagService hashtags;

    public HashtagHandler(HashtagService hashtags) {
        this.hashtags = Objects.requireNonNull(hashtags);
    }

    @Override
    public void onIssueChange(IssueChange change, ChangeContext context) {
        TagDiff diff = hashtags.applyChange(change);
        context.tagsChanged(diff.after(), diff.added(), diff.removed());
    }

    @Override
    public Optional<Feature> feature() {
        return Optional.of(Feature.HASHTAGS);
    }
}
