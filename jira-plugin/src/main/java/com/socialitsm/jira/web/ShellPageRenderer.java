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
 * Renders every page as a Jira-decorated shell (header, title, an empty body the page script fills). It keeps the
 * servlets, web-items and descriptor complete and testable before the page renderers exist.
 *
 * <p>TODO(web module): replace this bean by an adapter onto the page renderers in {@code com.socialitsm.web.page}
 * once they exist; the adapter implements {@link SocialPageRenderer} and is the only class to change.
 */
@Named
public final class ShellPageRenderer implements SocialPageRenderer {
    static final String TEMPLATE = "templates/page-shell.vm";

    private final TemplateRenderer templateRenderer;

    @Inject
    public ShellPageRenderer(TemplateRenderer templateRenderer) {
        this.templateRenderer = templateRenderer;
    }

    @Override
    public void render(PageRequest request, Writer out) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("page", new PageShell(request.page().path(), request.page().titleKey(), request.pathInfo()));
        try {
            templateRenderer.render(TEMPLATE, context, out);
        } catch (RenderingException e) {
            throw new IOException("Could not render the " + request.page().path() + " page", e);
        }
    }
}
