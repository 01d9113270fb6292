package com.socialitsm.engine;

import com.socialitsm.host.IssueChange;

/**
 * One feature's part in handling an issue change. Each runs inside the transaction {@link SocialEngine} opens, in
 * the order the engine lists them, and must not open its own.
 */
public interface IssueChangeHandler {
    void onIssueChange(IssueChange change, ChangeContext context);
}
