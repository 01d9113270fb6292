// Source: Atlassian's decompiled JiraStreamsUsernameChangeHandler (code search): changeParameter.getContext().start(null).complete()
// Confidence: [C] start(Object) returning a task with complete()
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.task.context;

public interface Context {
    Task start(Object input);

    interface Task {
        void complete();
    }
}
