package com.socialitsm.devhost.page;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders Velocity templates from the class path — the devhost's own ({@code templates/devhost/*.vm}: the frame and
 * the demo tracker's pages) and the web module's ({@code templates/pages/*.vm}, the macros) — with every inserted
 * reference HTML-escaped ({@link HtmlEscapingReferences}). Velocity 1.7: the closest version on Maven Central to the one Jira renders its
 * templates with, so the same templates work in both.
 */
public final class PageRenderer {
    /** Macros every template may use: {@code #socialPanel}, ... */
    public static final String MACRO_LIBRARY = "templates/social-macros.vm";

    private final VelocityEngine velocity;

    public PageRenderer() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        p.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        p.setProperty("classpath.resource.loader.cache", "true");
        p.setProperty("classpath.resource.loader.modificationCheckInterval", "-1");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.VM_LIBRARY, MACRO_LIBRARY);
        p.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
        p.setProperty(RuntimeConstants.SET_NULL_ALLOWED, "true");
        velocity = new VelocityEngine();
        velocity.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM, new Slf4jLogChute());
        velocity.init(p);
    }

    public String render(String template, Map<String, Object> model) {
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        EventCartridge events = new EventCartridge();
        events.addEventHandler(new HtmlEscapingReferences());
        events.attachToContext(context);
        Template t = velocity.getTemplate(template, "UTF-8");
        StringWriter out = new StringWriter(8192);
        t.merge(context, out);
        return out.toString();
    }
}
