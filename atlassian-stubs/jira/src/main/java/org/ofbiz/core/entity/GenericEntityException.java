// Source: jira-api-facts.md §1.1: GenericValue.getRelated throws org.ofbiz.core.entity.GenericEntityException; Jira's MockGenericValue overrides 'List<GenericValue> getRelated(String s) throws GenericEntityException' (public jira-tests code, code search)
// Confidence: [C] name, package, checked; [I] superclass
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package org.ofbiz.core.entity;

import org.ofbiz.core.util.GeneralException;

public class GenericEntityException extends GeneralException {
    public GenericEntityException(String message) {
        super(message);
    }
}
