// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/task/context/Context.html (com.atlassian.jira.task.context.Context, start(Object) returning Context.Task; Task extends AutoCloseable per issue #15's check); Atlassian's decompiled JiraStreamsUsernameChangeHandler (code search): changeParameter.getContext().start(null).complete()
// Confidence: [C] start(Object) returning a task with complete(); [V] Task is AutoCloseable (issue #15); close() left as AutoCloseable declares it (throws Exception), the stricter assumption
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.task.context;

public interface Context {
    Task start(Object input);

    interface Task extends AutoCloseable {
        void complete();
    }
}
