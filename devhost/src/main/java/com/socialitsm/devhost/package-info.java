/**
 * The devhost: the app without Jira, started by {@link com.socialitsm.devhost.DevHost} from the command line
 * ({@link com.socialitsm.devhost.DevHostOptions}) or in-process by tests. Sub-packages: {@code tracker} (the demo
 * tracker and the host ports over it), {@code http} (Grizzly handlers and Jersey), {@code page} (Velocity rendering,
 * static files), {@code demo} (demo data). Keep the Jakarta EE APIs (jakarta.ws.rs, jakarta.servlet, jakarta.inject) out of this module; only web and jira-plugin import them.
 */
package com.socialitsm.devhost;
