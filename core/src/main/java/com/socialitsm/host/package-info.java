/**
 * The ports a host implements so that the engine can run inside Jira and without it: who an issue is
 * ({@link com.socialitsm.host.IssueDirectory}), who a user is ({@link com.socialitsm.host.UserDirectory}), what a
 * viewer may browse ({@link com.socialitsm.host.AccessPolicy}), and the one record the engine takes as input,
 * {@link com.socialitsm.host.IssueChange}. Nothing here may depend on any other package of the app.
 */
package com.socialitsm.host;
