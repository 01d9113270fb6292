package com.socialitsm.jira.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.webresource.api.UrlMode;
import com.atlassian.webresource.api.WebResourceUrlProvider;

import com.socialitsm.jira.PluginKeys;
import com.socialitsm.web.page.SocialPage;

/**
 * How the web module's front end reaches Jira's pages through the Web Resource Manager (the descriptor's
 * web-resources; DescriptorTest holds the two in step).
 * <ul>
 *   <li>One web-resource per context: {@value #ISSUE_VIEW_WEB_RESOURCE} in Jira's {@value #ISSUE_VIEW_CONTEXT},
 *       {@value #PAGES_WEB_RESOURCE} in the app pages' own {@value #PAGES_CONTEXT}, {@value #ADMIN_WEB_RESOURCE} in
 *       {@value #ADMIN_CONTEXT}; each holds the stylesheets of its pages and depends on {@value #BOOT_WEB_RESOURCE}.</li>
 *   <li>{@value #BOOT_WEB_RESOURCE} (no context; WRM serves a dependency once per page): the classic script
 *       {@value #BOOT_SCRIPT} and the data provider {@value #BOOT_DATA} ({@link SocialBootDataProvider}: the URL of
 *       main.js and the texts of the viewer's language), which the script claims with {@code WRM.data.claim}.</li>
 *   <li>{@value #MODULES_WEB_RESOURCE}: the ES modules, download resources of a web-resource without context that
 *       nothing requires (WRM would load them as classic scripts); the boot script imports {@code main.js} by its
 *       URL and main.js imports its siblings by relative URL, inside the same versioned resource path.</li>
 * </ul>
 */
@Named
public final class SocialAssets {
    public static final String MODULES_WEB_RESOURCE = "social-modules";
    public static final String BOOT_WEB_RESOURCE = "social-boot";
    public static final String ISSUE_VIEW_WEB_RESOURCE = "social-issue-view";
    public static final String PAGES_WEB_RESOURCE = "social-pages";
    public static final String ADMIN_WEB_RESOURCE = "social-admin";
    /** Jira's context of the view-issue page, the issue navigator's detail view included. */
    public static final String ISSUE_VIEW_CONTEXT = "jira.view.issue";
    public static final String PAGES_CONTEXT = "social-itsm.pages";
    public static final String ADMIN_CONTEXT = "social-itsm.admin";
    /** The data key of the boot web-resource; the client claims {@code <plugin key>:social-boot.boot}. */
    public static final String BOOT_DATA = "boot";
    /** The boot script's resource name in {@value #BOOT_WEB_RESOURCE} (a file of this plugin). */
    public static final String BOOT_SCRIPT = "js/social-boot.js";
    /** The resource name of main.js in {@value #MODULES_WEB_RESOURCE}; the other modules sit beside it. */
    public static final String MAIN_SCRIPT = "js/main.js";

    private final WebResourceUrlProvider urlProvider;

    @Inject
    public SocialAssets(WebResourceUrlProvider urlProvider) {
        this.urlProvider = urlProvider;
    }

    /** The versioned URL of main.js; empty when Jira cannot name the resource (then the boot script does nothing). */
    public String mainScriptUrl() {
        String main = urlProvider.getStaticPluginResourceUrl(PluginKeys.PLUGIN_KEY + ":" + MODULES_WEB_RESOURCE,
                MAIN_SCRIPT, UrlMode.RELATIVE);
        return main == null ? "" : main;
    }

    /** The key {@code WRM.data.claim} reads the boot data under. */
    public static String bootDataKey() {
        return PluginKeys.PLUGIN_KEY + ":" + BOOT_WEB_RESOURCE + "." + BOOT_DATA;
    }

    /** The web-resource context a page of the app requires: the admin page's own, or the pages'. */
    public static String contextOf(SocialPage page) {
        return page.adminOnly() ? ADMIN_CONTEXT : PAGES_CONTEXT;
    }
}
