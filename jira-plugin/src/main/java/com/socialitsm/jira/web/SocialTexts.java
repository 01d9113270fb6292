package com.socialitsm.jira.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import javax.inject.Named;

/**
 * The front end's texts ({@code social.*} keys of the app's one i18n bundle, {@code i18n/social-itsm.properties}
 * overlaid with the user's language) for {@code window.SOCIAL_I18N}. Read from the plugin's own resources on each
 * call, a few hundred lines: nothing is cached, so there is no node-local state to keep in step.
 */
@Named
public final class SocialTexts {
    static final String BUNDLE = "i18n/social-itsm";
    static final String FRONT_END_PREFIX = "social.";

    private final ClassLoader loader;

    public SocialTexts() {
        this(SocialTexts.class.getClassLoader());
    }

    SocialTexts(ClassLoader loader) {
        this.loader = loader;
    }

    /** English, overlaid with the locale's language where a translation exists; {@code social.*} keys only. */
    public Map<String, String> frontEndTexts(Locale locale) {
        Map<String, String> texts = new TreeMap<>();
        readInto(BUNDLE + ".properties", texts);
        String language = locale == null ? "" : locale.getLanguage();
        if (!language.isEmpty() && !language.equals("en")) {
            readInto(BUNDLE + "_" + language + ".properties", texts);
        }
        texts.keySet().removeIf(key -> !key.startsWith(FRONT_END_PREFIX));
        return texts;
    }

    /**
     * The texts as a JSON object, base64-encoded (UTF-8): a value that is the same whether or not a template escapes
     * it, for a data attribute the page's boot script decodes.
     */
    public String frontEndTextsBase64(Locale locale) {
        return Base64.getEncoder().encodeToString(json(frontEndTexts(locale)).getBytes(StandardCharsets.UTF_8));
    }

    static String json(Map<String, String> texts) {
        StringBuilder json = new StringBuilder(texts.size() * 48).append('{');
        boolean first = true;
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            string(json, entry.getKey());
            json.append(':');
            string(json, entry.getValue());
        }
        return json.append('}').toString();
    }

    private static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void readInto(String resource, Map<String, String> texts) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            Properties properties = new Properties();
            // The bundle is ASCII with \\u escapes (DescriptorTest), so the encoding it is read with does not matter.
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            properties.forEach((key, value) -> texts.put((String) key, (String) value));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
