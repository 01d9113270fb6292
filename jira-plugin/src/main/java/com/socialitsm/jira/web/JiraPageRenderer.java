package com.socialitsm.jira.web;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;

/**
 * Renders a page as Jira-decorated HTML ({@value #TEMPLATE}): the title, the mount point of the page's panel and the
 * boot block that starts the web module's front end in the viewer's language.
 */
@Named
public final class JiraPageRenderer implements SocialPageRenderer {
    static final String TEMPLATE = "templates/page.vm";

    private final TemplateRenderer templateRenderer;
    private final SocialAssets assets;

    @Inject
    public JiraPageRenderer(TemplateRenderer templateRenderer, SocialAssets assets) {
        this.templateRenderer = templateRenderer;
        this.assets = assets;
    }

    @Override
    public void render(PageRequest request, Writer out) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("view", request.view());
        context.put("boot", assets.boot(request.locale()));
        try {
            templateRenderer.render(TEMPLATE, context, out);
        } catch (RenderingException e) {
            throw new IOException("Could not render the " + request.page().path() + " page", e);
        }
    }
}
