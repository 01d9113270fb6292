package com.socialitsm.hashtag;

import java.util.Objects;

import com.socialitsm.engine.ChangeSteps;
import com.socialitsm.host.IssueChange;
import com.socialitsm.tag.TagDiff;

/**
 * The hashtag step of handling an issue change, the first step: brings the issue's tags up to date with its text
 * (see {@link HashtagService} for the rules) and returns what the issue carries now and what was added and removed,
 * which the later steps take.
 */
public final class HashtagHandler implements ChangeSteps.Tags {
    private final HashtagService hashtags;

    public HashtagHandler(HashtagService hashtags) {
        this.hashtags = Objects.requireNonNull(hashtags);
    }

    @Override
    public TagDiff onIssueChange(IssueChange change) {
        return hashtags.applyChange(change);
    }
}
