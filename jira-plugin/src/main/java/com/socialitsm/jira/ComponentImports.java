package com.socialitsm.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.avatar.AvatarService;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.comment.CommentService;
import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.security.IssueSecuritySchemeManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.WebResourceUrlProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.web.FieldVisibilityManager;

/**
 * Every OSGi service the app imports from Jira, in one place (the pattern of Atlassian's own Slack plugin). Spring
 * Scanner turns each annotated field into a bean at build time; the fields are never read. Everything else in the
 * app takes these services through plain {@code @Inject} constructors, which keeps the classes testable with mocks.
 * Jira's user manager is named because SAL has a {@code UserManager} too, and SAL's application properties because
 * Jira has an {@code ApplicationProperties} of its own.
 */
@SuppressWarnings("unused")
public final class ComponentImports {
    @ComponentImport
    ActiveObjects activeObjects;
    @ComponentImport
    EventPublisher eventPublisher;
    @ComponentImport
    IssueManager issueManager;
    @ComponentImport
    CommentManager commentManager;
    @ComponentImport
    ProjectManager projectManager;
    @ComponentImport("jiraUserManager")
    UserManager jiraUserManager;
    @ComponentImport
    PermissionManager permissionManager;
    @ComponentImport
    GlobalPermissionManager globalPermissionManager;
    @ComponentImport
    IssueSecuritySchemeManager issueSecuritySchemeManager;
    @ComponentImport
    JiraAuthenticationContext jiraAuthenticationContext;
    @ComponentImport
    AvatarService avatarService;
    @ComponentImport
    UserSearchService userSearchService;
    @ComponentImport
    TemplateRenderer templateRenderer;
    @ComponentImport
    SchedulerService schedulerService;
    @ComponentImport
    IssueService issueService;
    @ComponentImport
    CommentService commentService;
    @ComponentImport
    IssuePropertyService issuePropertyService;
    @ComponentImport
    WebResourceUrlProvider webResourceUrlProvider;
    @ComponentImport
    PageBuilderService pageBuilderService;
    @ComponentImport("salApplicationProperties")
    ApplicationProperties salApplicationProperties;
    @ComponentImport
    I18nResolver i18nResolver;
    @ComponentImport
    IssueLinkManager issueLinkManager;
    @ComponentImport
    IssueLinkTypeManager issueLinkTypeManager;
    // The Hashtags field's searcher (com.socialitsm.jira.field.HashtagsCustomFieldSearcher): Jira's JQL operand
    // resolver, and the two parts Jira's own searchers hand to its basic-search renderer and input transformer.
    @ComponentImport
    JqlOperandResolver jqlOperandResolver;
    @ComponentImport
    FieldVisibilityManager fieldVisibilityManager;
    @ComponentImport
    CustomFieldInputHelper customFieldInputHelper;

    private ComponentImports() {
    }
}
