package com.socialitsm.jira.web;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.web.page.I18nBundle;
import com.socialitsm.web.page.SocialPage;

/**
 * Renders a page of the app ({@link SocialPage}, the web module's list of pages and their panels) as Jira-decorated
 * HTML ({@value #TEMPLATE}): title and introduction in the viewer's language and the mount point of the page's panel.
 * The front end comes through the Web Resource Manager: the page requires its context ({@link SocialAssets#contextOf}),
 * whose web-resource brings the page's stylesheets and the boot script. The devhost frames the same pages with its own
 * templates; in Jira, Jira's decorator is the frame (the admin decorator for the admin page).
 */
@Named
public final class JiraPageRenderer implements SocialPageRenderer {
    static final String TEMPLATE = "templates/page.vm";

    private final TemplateRenderer templateRenderer;
    private final PageBuilderService pageBuilder;
    private final SocialTexts texts;
    private final UserDirectory users;

    @Inject
    public JiraPageRenderer(TemplateRenderer templateRenderer, PageBuilderService pageBuilder, SocialTexts texts,
                            UserDirectory users) {
        this.templateRenderer = templateRenderer;
        this.pageBuilder = pageBuilder;
        this.texts = texts;
        this.users = users;
    }

    @Override
    public void render(PageRequest request, Writer out) throws IOException {
        pageBuilder.assembler().resources().requireContext(SocialAssets.contextOf(request.page()));
        Map<String, Object> context = new HashMap<>();
        context.put("view", view(request));
        try {
            templateRenderer.render(TEMPLATE, context, out);
        } catch (RenderingException e) {
            throw new IOException("Could not render the " + request.page().id() + " page", e);
        }
    }

    PageView view(PageRequest request) {
        I18nBundle bundle = texts.bundle(request.locale());
        SocialPage page = request.page();
        String argument = request.argument().orElse("");
        // A profile is titled by the person's name; other arguments (#tag, question id) by themselves.
        String titleArgument = page == SocialPage.USER_PROFILE
                ? users.byKeyOrName(argument).map(UserRef::displayName).orElse(argument) : argument;
        String introKey = "social.page." + page.id() + ".intro";
        return new PageView(bundle.text(page.titleKey(), titleArgument),
                bundle.has(introKey) ? bundle.text(introKey) : "", page.panel(), page.argumentAttribute(), argument,
                bundle.text("social.frame.placeholder"), page.adminOnly());
    }
}
