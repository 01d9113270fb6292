package com.socialitsm.engine;

import java.util.Optional;

import com.socialitsm.host.IssueChange;
import com.socialitsm.settings.Feature;

/**
 * One feature's part in handling an issue change. Each runs inside the transaction {@link SocialEngine} opens, in
 * the order the engine lists them, and must not open its own.
 */
public interface IssueChangeHandler {
    void onIssueChange(IssueChange change, ChangeContext context);

    /**
     * The feature this handler belongs to: the engine skips it for issues of a project where an admin switched that
     * feature off (except for deletions, which always clean up). Empty: always runs.
     */
    default Optional<Feature> feature() {
        return Optional.empty();
    }
}
