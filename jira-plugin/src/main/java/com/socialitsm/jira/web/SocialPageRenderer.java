package com.socialitsm.jira.web;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes the HTML of a page whose access has been checked already. The servlets depend on this alone, so that the
 * {@code web} module's page renderers ({@code com.socialitsm.web.page}) can replace {@link ShellPageRenderer} without
 * touching the servlets or the descriptor.
 */
public interface SocialPageRenderer {
    void render(PageRequest request, Writer out) throws IOException;
}
