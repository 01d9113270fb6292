package com.socialitsm.jira.web;

/**
 * What a page or panel needs to start the front end: the URL of the web module's {@code main.js} (an ES module
 * served from the plugin's {@code social-modules} web-resource) and the i18n texts, base64 JSON, which the boot script
 * of the template puts into {@code window.SOCIAL_I18N} before it imports main.js. Templates put both into data
 * attributes, never into script text.
 *
 * @param mainScriptUrl empty when Jira cannot name the resource (then the boot script does nothing)
 */
public record SocialBoot(String mainScriptUrl, String i18n) {
}
