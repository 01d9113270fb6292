// Source: atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:.../util/changelog/ChangeLogExtractor.java (changeLog.getRelated("ChildChangeItem")); Jira's MockGenericValue in jira-tests
// Confidence: [C] List<GenericValue> getRelated(String) throws GenericEntityException
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package org.ofbiz.core.entity;

import java.util.List;

public class GenericValue extends GenericEntity {
    protected GenericValue() {
    }

    public List<GenericValue> getRelated(String relationName) throws GenericEntityException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
