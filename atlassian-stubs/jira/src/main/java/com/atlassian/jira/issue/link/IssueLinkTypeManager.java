// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html ("@PublicApi
// public interface IssueLinkTypeManager"; Collection<IssueLinkType> getIssueLinkTypesByName(String name): "Returns a
// collection of IssueLinkType s with the given name.")
// Confidence: [V] getIssueLinkTypesByName; 11.x [I]: @PublicApi, unchanged since Jira 4.0's javadoc
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.link;

import java.util.Collection;

public interface IssueLinkTypeManager {
    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
