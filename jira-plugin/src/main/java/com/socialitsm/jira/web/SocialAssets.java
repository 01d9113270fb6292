package com.socialitsm.jira.web;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.webresource.api.UrlMode;
import com.atlassian.webresource.api.WebResourceUrlProvider;

import com.socialitsm.jira.PluginKeys;

/**
 * Where the web module's front end is served from in Jira. Its scripts are ES modules: the descriptor lists them as
 * download resources of the web-resource {@value #MODULES_WEB_RESOURCE}, which has no context and is never required
 * (Jira would load them as classic scripts); pages load {@code main.js} by its URL and main.js imports its siblings
 * by relative URL, which resolve inside the same versioned resource path. Stylesheets are a normal web-resource
 * ({@value #STYLES_WEB_RESOURCE}) included by context.
 */
@Named
public final class SocialAssets {
    public static final String MODULES_WEB_RESOURCE = "social-modules";
    public static final String STYLES_WEB_RESOURCE = "social-styles";
    /** The resource name of main.js in {@value #MODULES_WEB_RESOURCE}; the other modules sit beside it. */
    public static final String MAIN_SCRIPT = "js/main.js";

    private final WebResourceUrlProvider urlProvider;
    private final SocialTexts texts;

    @Inject
    public SocialAssets(WebResourceUrlProvider urlProvider, SocialTexts texts) {
        this.urlProvider = urlProvider;
        this.texts = texts;
    }

    /** The boot data for a page or panel shown in this locale. */
    public SocialBoot boot(Locale locale) {
        String main = urlProvider.getStaticPluginResourceUrl(PluginKeys.PLUGIN_KEY + ":" + MODULES_WEB_RESOURCE,
                MAIN_SCRIPT, UrlMode.RELATIVE);
        return new SocialBoot(main == null ? "" : main, texts.frontEndTextsBase64(locale));
    }
}
