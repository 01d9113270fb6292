// Source: JSM 10.3.1 javadoc https://docs.atlassian.com/jira-servicedesk/10.3.1/com/atlassian/servicedesk/api/ServiceDeskManager.html ("Provides access to ServiceDesk objects without permission checks"; "getServiceDeskForProject(com.atlassian.jira.project.Project project) Returns the ServiceDesk associated with the given Project", throws ServiceDeskServiceException "if a service project was disabled or not found")
// Confidence: [V]
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.servicedesk.api;

import com.atlassian.jira.project.Project;

/** Service projects without permission checks. */
public interface ServiceDeskManager {
    ServiceDesk getServiceDeskForProject(Project project);
}
