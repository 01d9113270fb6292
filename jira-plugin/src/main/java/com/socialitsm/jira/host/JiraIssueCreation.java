package com.socialitsm.jira.host;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.comment.CommentService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.SimpleErrorCollection;

import com.socialitsm.host.IssueCreation;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;

/**
 * The Q&amp;A's writes to Jira ("raise an issue from a question", "copy the accepted answer to the issue") and "raise
 * a problem from a spike" (an issue of a named type, linked with {@link IssueLinkManager}) through Jira's own services
 * as the acting user: {@link IssueService} validates and creates the issue (the user's Create
 * Issues permission, required fields get their defaults), {@link CommentService} adds the comment (Add Comments).
 * Jira then sends its usual events, so the engine sees an ordinary create or comment. What Jira refuses comes back
 * as {@link IssueCreation.Refused} with Jira's messages.
 */
@Named("jiraIssueCreation")
public final class JiraIssueCreation implements IssueCreation {
    private final IssueService issueService;
    private final CommentService commentService;
    private final IssueManager issueManager;
    private final ProjectManager projectManager;
    private final UserManager userManager;
    private final JiraIssueRefs issueRefs;
    private final IssueLinkManager issueLinkManager;
    private final IssueLinkTypeManager issueLinkTypeManager;
    private final PermissionManager permissionManager;

    @Inject
    public JiraIssueCreation(IssueService issueService, CommentService commentService, IssueManager issueManager,
                             ProjectManager projectManager, UserManager userManager, JiraIssueRefs issueRefs,
                             IssueLinkManager issueLinkManager, IssueLinkTypeManager issueLinkTypeManager,
                             PermissionManager permissionManager) {
        this.issueService = issueService;
        this.commentService = commentService;
        this.issueManager = issueManager;
        this.projectManager = projectManager;
        this.userManager = userManager;
        this.issueRefs = issueRefs;
        this.issueLinkManager = issueLinkManager;
        this.issueLinkTypeManager = issueLinkTypeManager;
        this.permissionManager = permissionManager;
    }

    @Override
    public IssueRef create(ProjectRef project, String summary, String description, String reporter) {
        return create(project, null, summary, description, reporter);
    }

    /** The issue type of that name in the project's scheme ("Problem" for a problem raised from a spike). */
    @Override
    public IssueRef create(ProjectRef project, String issueType, String summary, String description,
                           String reporter) {
        ApplicationUser user = user(reporter);
        Project jiraProject = projectManager.getProjectObj(project.id());
        if (jiraProject == null) {
            throw new Refused("There is no such project.");
        }
        IssueType type = issueType == null ? standardType(jiraProject.getIssueTypes())
                : namedType(jiraProject.getIssueTypes(), issueType);
        IssueInputParameters parameters = issueService.newIssueInputParameters()
                .setProjectId(jiraProject.getId())
                .setIssueTypeId(type.getId())
                .setSummary(summary)
                .setDescription(description);
        // Jira's setter returns void, so it cannot close the fluent chain above.
        parameters.setApplyDefaultValuesWhenParameterNotProvided(true);
        IssueService.CreateValidationResult validation = issueService.validateCreate(user, parameters);
        if (!validation.isValid()) {
            throw new Refused(messages(validation.getErrorCollection()));
        }
        IssueService.IssueResult created = issueService.create(user, validation);
        if (!created.isValid() || created.getIssue() == null) {
            throw new Refused(messages(created.getErrorCollection()));
        }
        return issueRefs.toRef(created.getIssue());
    }

    @Override
    public void comment(String issueKey, String author, String body) {
        ApplicationUser user = user(author);
        MutableIssue issue = issueManager.getIssueObject(issueKey);
        if (issue == null) {
            throw new Refused("There is no such issue.");
        }
        ErrorCollection errors = new SimpleErrorCollection();
        commentService.create(user, issue, body, true, errors);
        if (errors.hasAnyErrors()) {
            throw new Refused(messages(errors));
        }
    }

    /**
     * Links the issues with the link type of that name as the user, who needs Link Issues on the outward issue and
     * Browse on the inward one (what Jira's own link dialog asks; {@link IssueLinkManager} checks no permission).
     */
    @Override
    public void link(String fromIssueKey, String toIssueKey, String linkType, String userKey) {
        ApplicationUser user = user(userKey);
        MutableIssue from = issueManager.getIssueObject(fromIssueKey);
        MutableIssue to = issueManager.getIssueObject(toIssueKey);
        if (from == null || to == null) {
            throw new Refused("There is no such issue.");
        }
        if (!permissionManager.hasPermission(ProjectPermissions.LINK_ISSUES, from, user)
                || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, to, user)) {
            throw new Refused("No permission to link these issues.");
        }
        Collection<IssueLinkType> types = issueLinkTypeManager.getIssueLinkTypesByName(linkType);
        if (types == null || types.isEmpty()) {
            throw new Refused("There is no issue link type " + linkType + ".");
        }
        try {
            issueLinkManager.createIssueLink(from.getId(), to.getId(), types.iterator().next().getId(), null, user);
        } catch (CreateException e) {
            throw new Refused("Jira could not link " + fromIssueKey + " to " + toIssueKey + ": " + e.getMessage());
        }
    }

    private ApplicationUser user(String key) {
        ApplicationUser user = userManager.getUserByKey(key);
        if (user == null || !user.isActive()) {
            throw new Refused("There is no such active user.");
        }
        return user;
    }

    /** The project's first standard (not sub-task) issue type: its scheme's default comes first. */
    private static IssueType standardType(Collection<IssueType> types) {
        if (types != null) {
            for (IssueType type : types) {
                if (!type.isSubTask()) {
                    return type;
                }
            }
        }
        throw new Refused("The project has no issue type to create an issue with.");
    }

    private static IssueType namedType(Collection<IssueType> types, String name) {
        if (types != null) {
            for (IssueType type : types) {
                if (name.equalsIgnoreCase(type.getName())) {
                    return type;
                }
            }
        }
        throw new Refused("The project has no issue type " + name + ".");
    }

    private static String messages(ErrorCollection errors) {
        List<String> messages = new ArrayList<>();
        if (errors != null) {
            messages.addAll(errors.getErrorMessages());
            errors.getErrors().forEach((field, message) -> messages.add(field + ": " + message));
        }
        return messages.isEmpty() ? "Jira refused." : String.join(" ", messages);
    }
}
