package com.socialitsm.jira.web;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Named;

import com.socialitsm.web.page.I18nBundle;

/**
 * The app's texts in Jira, from its one i18n bundle through the web module's {@link I18nBundle} (English overlaid
 * with the user's language, {@code {0}} arguments filled as the front end does): page titles, and the front end's
 * {@code social.*} keys for {@code window.SOCIAL_I18N} (delivered by {@link SocialBootDataProvider}). Read from the plugin's resources on each call, a few hundred
 * lines: nothing is cached, so there is no node-local state to keep in step.
 */
@Named
public final class SocialTexts {
    static final String FRONT_END_PREFIX = "social.";

    private final ClassLoader loader;

    public SocialTexts() {
        this(SocialTexts.class.getClassLoader());
    }

    SocialTexts(ClassLoader loader) {
        this.loader = loader;
    }

    /** The bundle for a locale (Jira's locale of the user; the site's default for anonymous visitors). */
    public I18nBundle bundle(Locale locale) {
        return I18nBundle.load(loader, locale == null ? Locale.ROOT : locale);
    }

    /** The front end's texts, {@code social.*} keys only. */
    public Map<String, String> frontEndTexts(Locale locale) {
        Map<String, String> texts = new TreeMap<>(bundle(locale).messages());
        texts.keySet().removeIf(key -> !key.startsWith(FRONT_END_PREFIX));
        return texts;
    }

    /** The texts as one JSON object, safe inside a {@code <script>} element ({@code <} escaped). */
    static String json(Map<String, String> texts) {
        StringBuilder json = new StringBuilder(texts.size() * 48).append('{');
        boolean first = true;
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append(I18nBundle.scriptSafeJsonString(entry.getKey())).append(':')
                    .append(I18nBundle.scriptSafeJsonString(entry.getValue()));
        }
        return json.append('}').toString();
    }
}
