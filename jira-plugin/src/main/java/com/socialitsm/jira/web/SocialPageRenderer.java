package com.socialitsm.jira.web;

import java.io.IOException;
import java.io.Writer;

/** Writes the HTML of a page whose access has been checked already; the servlets depend on this alone. */
public interface SocialPageRenderer {
    void render(PageRequest request, Writer out) throws IOException;
}
