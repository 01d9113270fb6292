package com.socialitsm.jira.web;

import jakarta.inject.Inject;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.json.marshal.Jsonable;
import com.atlassian.webresource.api.data.WebResourceDataProvider;

import com.socialitsm.web.page.FrontEndLimits;
import com.socialitsm.web.page.I18nBundle;

/**
 * The boot data of the front end, delivered by the Web Resource Manager with the {@value SocialAssets#BOOT_WEB_RESOURCE}
 * web-resource ({@code <data key="boot">}): {@code {"main": "<versioned URL of main.js>", "i18n": {"social.follow.follow":
 * "Follow", ...}, "limits": {"questionTitleMax": 200, ...}}}, the texts in the viewer's language and the input limits
 * of {@link FrontEndLimits}. WRM writes it into the page once, however many panels the page has, and hands it to
 * the boot script through {@code WRM.data.claim}; a data provider sees the logged-in user (hence the language) but
 * not the page, which is all this needs. Built by the plugin's Spring context through its constructor.
 */
public final class SocialBootDataProvider implements WebResourceDataProvider {
    private final SocialAssets assets;
    private final SocialTexts texts;
    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public SocialBootDataProvider(SocialAssets assets, SocialTexts texts,
                                  JiraAuthenticationContext authenticationContext) {
        this.assets = assets;
        this.texts = texts;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Jsonable get() {
        String json = "{\"main\":" + I18nBundle.scriptSafeJsonString(assets.mainScriptUrl())
                + ",\"i18n\":" + SocialTexts.json(texts.frontEndTexts(authenticationContext.getLocale()))
                + ",\"limits\":" + FrontEndLimits.toScriptJson() + "}";
        return writer -> writer.write(json);
    }
}
