/**
 * How the web module's REST resources run in Jira (REST v2, Platform 7). The {@code <rest>} module scans
 * {@code com.socialitsm.web.rest} for {@code @Path} resources and {@code @Provider}s (the web module's classes are
 * unpacked into the plugin, so the scan needs nothing special for embedded jars) and has the plugin's Spring context
 * build each one through its single public constructor. What those constructors ask for is a bean here: the one
 * {@code SocialApp}, the services its getters return (META-INF/spring/core-services.xml), the Jira access policy and
 * {@link com.socialitsm.jira.rest.JiraCurrentUser}. Access: REST v2 admits licensed users unless a resource says
 * otherwise; the web module marks read-only endpoints that public pages use {@code @AnonymousSiteAccess} and the
 * admin resources {@code @AdminOnly}.
 */
package com.socialitsm.jira.rest;
