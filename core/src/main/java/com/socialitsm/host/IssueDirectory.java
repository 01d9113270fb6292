package com.socialitsm.host;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looks issues and projects up in the host. Bulk methods exist because feeds and lists show many at once. */
public interface IssueDirectory {

    Optional<IssueRef> byKey(String issueKey);

    Optional<IssueRef> byId(long issueId);

    /** The issues that exist among these ids, by id; missing ids are simply absent. */
    Map<Long, IssueRef> byIds(Collection<Long> issueIds);

    Optional<ProjectRef> projectByKey(String projectKey);

    Optional<ProjectRef> projectById(long projectId);

    /** Every project (for the admin page's per-project switches), ordered by key or name as the host keeps them. */
    List<ProjectRef> projects();
}
