// Source: Jira javadoc https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/component/ComponentAccessor.html ("@PublicApi public class ComponentAccessor ... Provides static methods for accessing JIRA's managed components ... for when [injection] is impossible or impractical"); getOSGiComponentInstanceOfType(Class) as called by alanmosely/basic-jira-development-panels (jira-api-facts.md §12.5, "ComponentAccessor.getOSGiComponentInstanceOfType(ActiveObjects.class)") and documented for the same-named Crowd accessor https://docs.atlassian.com/atlassian-crowd/6.1.0/com/atlassian/crowd/plugin/PluginComponentAccessor.html ("an instance of the service, or null if no plugin publicly exports this particular service"; "it should NEVER be cached")
// Confidence: [V] the class; [V] getComponent(Class) (https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/component/ComponentAccessor.html; Jira's LabelsClauseValuesGenerator looks SearchHandlerManager up with it "due to circular deps"); [C] the method in Jira; [I] null when no plugin exports the service (as Crowd documents)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.component;

/** Jira's static component lookup, for the one place where injection is impossible: an optional app's service. */
public final class ComponentAccessor {
    private ComponentAccessor() {
    }

    public static <T> T getComponent(Class<T> componentClass) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static <T> T getOSGiComponentInstanceOfType(Class<T> clazz) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
