// Source: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html
// Confidence: [V] onStart() and onStop() (SAL 3.0.0); the app implements both, so it compiles whether or not later SAL made onStop a default method
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.sal.api.lifecycle;

public interface LifecycleAware {
    /** Called when the application has started or has been restored from backup. */
    void onStart();

    /** Called, if onStart was called, before the plugin is disabled or the framework shuts down. */
    void onStop();
}
