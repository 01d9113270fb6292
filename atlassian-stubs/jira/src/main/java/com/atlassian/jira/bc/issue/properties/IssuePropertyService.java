// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/bc/issue/properties/IssuePropertyService.html (the Jira 10.3 javadoc page, to be checked: it is not among the stored sources, so 10.3 and 11.3 are [I]); https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/bc/issue/properties/package-summary.html ("IssuePropertyService: The service used to add, update, retrieve and delete properties from Issue's")
// Injected and called by public plugins compiled against jira-api 9.12.2 (koushik-varma-m/JIRA-DOCUSIGN, code search): issuePropertyService.validateSetProperty(user, issueId, input), setProperty(user, result)
// Confidence: [V] the interface and its package; [C] on 9.12; [I] on 10.3/11.3. Simplified: Jira's extends EntityWithKeyPropertyService<Issue>, which extends EntityPropertyService<Issue>; only the latter's members are used.
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.bc.issue.properties;

import com.atlassian.jira.entity.property.EntityPropertyService;
import com.atlassian.jira.issue.Issue;

public interface IssuePropertyService extends EntityPropertyService<Issue> {
}
