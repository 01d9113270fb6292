// Source: https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/feedback/FeedbackButtonWebResourceDataProvider.html ("implements com.atlassian.webresource.api.data.WebResourceDataProvider", "All Implemented Interfaces: ... Supplier<com.atlassian.json.marshal.Jsonable>", "public com.atlassian.json.marshal.Jsonable get()")
// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/adding-data-providers-to-your-plugin/ (<data key="..." class="..."/> in a <web-resource>; the client reads it with WRM.data.claim("<plugin key>:<web-resource key>.<data key>"))
// Confidence: [V] the interface, its package and its supertype on Jira 10.5 (java.util.function.Supplier since Jira 10)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.webresource.api.data;

import java.util.function.Supplier;

import com.atlassian.json.marshal.Jsonable;

public interface WebResourceDataProvider extends Supplier<Jsonable> {
}
