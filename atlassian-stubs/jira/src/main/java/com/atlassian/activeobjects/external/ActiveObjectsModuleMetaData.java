// Source: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html (return type of moduleMetaData())
// Confidence: [V] the type exists and is returned by ActiveObjects.moduleMetaData(); [U] its members: none are declared here because the app calls none
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.activeobjects.external;

public interface ActiveObjectsModuleMetaData {
}
