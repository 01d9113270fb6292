/**
 * Start-up order in one place: {@link com.socialitsm.jira.lifecycle.SocialItsmLauncher} waits until the Spring
 * context is up, this plugin is enabled and Jira has started (SAL {@code LifecycleAware}) before anything touches
 * Active Objects or registers for events, and undoes it all when the plugin stops.
 */
package com.socialitsm.jira.lifecycle;
