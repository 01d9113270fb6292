// Source: JSM 10.3.1 javadoc https://docs.atlassian.com/jira-servicedesk/10.3.1/com/atlassian/servicedesk/api/ServiceDesk.html ("int getId()", "long getProjectId()", "String getProjectName()"; same members in 5.12.17)
// Confidence: [V] all three members
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.servicedesk.api;

/** A JSM service project. Its id is the portal's id in the customer portal's paths. */
public interface ServiceDesk {
    int getId();

    long getProjectId();

    String getProjectName();
}
