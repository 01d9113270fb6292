// Source: https://developer.atlassian.com/server/jira/platform/performing-issue-operations/ (IssueService: validate, then "do"); https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueValidationResult.html ("@PublicApi public abstract static class IssueService.IssueValidationResult extends ServiceResultImpl", constructor IssueValidationResult(MutableIssue, ErrorCollection)); https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueResult.html ("public static class IssueService.IssueResult extends IssueService.IssueValidationResult", constructors IssueResult(MutableIssue) and IssueResult(MutableIssue, ErrorCollection), getIssue, isValid, getErrorCollection); calls issueService.newIssueInputParameters(), validateCreate(user, params), create(user, result), result.isValid(), result.getIssue() in public plugins (code search)
// Confidence: [V] the nested classes and IssueResult's constructors; [C] newIssueInputParameters(), validateCreate(ApplicationUser, IssueInputParameters), create(ApplicationUser, CreateValidationResult), getIssue(); [V] IssueValidationResult abstract, its constructor; [I] CreateValidationResult's constructor (the app never constructs them)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    abstract class IssueValidationResult extends ServiceResultImpl {
        private final MutableIssue issue;

        public IssueValidationResult(MutableIssue issue, ErrorCollection errorCollection) {
            super(errorCollection);
            this.issue = issue;
        }

        public MutableIssue getIssue() {
            return issue;
        }
    }

    class CreateValidationResult extends IssueValidationResult {
        public CreateValidationResult(MutableIssue issue, ErrorCollection errorCollection) {
            super(issue, errorCollection);
        }
    }

    class IssueResult extends IssueValidationResult {
        public IssueResult(MutableIssue issue) {
            this(issue, null);
        }

        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }
}
