// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/adding-data-providers-to-your-plugin/ ("About Jsonable's": "Jsonable (com.atlassian.json.marshal.Jsonable) is an interface that streams JSON data to a java.io.Writer", interface Jsonable { void write(Writer writer) throws IOException; })
// Source: https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/feedback/FeedbackButtonWebResourceDataProvider.html (Jira 10.5 names com.atlassian.json.marshal.Jsonable as what a data provider supplies)
// Confidence: [V] the type and its one method (Atlassian's page); public Jira plugins implement it as a lambda (writer -> ...)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.json.marshal;

import java.io.IOException;
import java.io.Writer;

public interface Jsonable {
    /** Writes this value as JSON; the web resource manager streams it into the page. */
    void write(Writer writer) throws IOException;
}
