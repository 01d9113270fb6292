package com.socialitsm.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's user-facing texts for one locale: {@code i18n/social-itsm.properties} (English, complete) overlaid with
 * {@code social-itsm_<language>.properties}. Pages hand the whole bundle to the front end as
 * {@code window.SOCIAL_I18N} ({@link #toScriptJson()}); {@code t(key, ...args)} in core.js and {@link #text} here
 * substitute {@code {0}}-style arguments the same way (no MessageFormat quoting rules).
 */
public final class I18nBundle {
    public static final String BASE_NAME = "i18n/social-itsm";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    private final Locale locale;
    private final Map<String, String> messages;

    private I18nBundle(Locale locale, Map<String, String> messages) {
        this.locale = locale;
        this.messages = Collections.unmodifiableMap(messages);
    }

    /** English, overlaid with the locale's language where a translation exists. */
    public static I18nBundle load(ClassLoader loader, Locale locale) {
        Map<String, String> messages = new TreeMap<>();
        readInto(loader, BASE_NAME + ".properties", messages);
        if (!locale.getLanguage().isEmpty() && !locale.getLanguage().equals("en")) {
            readInto(loader, BASE_NAME + "_" + locale.getLanguage() + ".properties", messages);
        }
        return new I18nBundle(locale, messages);
    }

    private static void readInto(ClassLoader loader, String resource, Map<String, String> messages) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            properties.forEach((key, value) -> messages.put((String) key, (String) value));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    public Locale locale() {
        return locale;
    }

    /** The text for the key with {@code {0}}-style arguments filled in; the key itself when it has no text. */
    public String text(String key, Object... args) {
        String text = messages.getOrDefault(key, key);
        if (args.length == 0) {
            return text;
        }
        Matcher m = ARGUMENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(index < args.length ? String.valueOf(args[index]) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    public boolean has(String key) {
        return messages.containsKey(key);
    }

    public Map<String, String> messages() {
        return messages;
    }

    /**
     * The bundle as a JSON object that is safe to place inside an HTML {@code <script>} element: besides JSON's own
     * escapes, {@code < > & '} and the JavaScript line separators are written as {@code \}{@code uXXXX}, so no text
     * can close the script element or start markup, whatever a translator wrote.
     */
    public String toScriptJson() {
        StringBuilder json = new StringBuilder(messages.size() * 48).append('{');
        boolean first = true;
        for (Map.Entry<String, String> entry : messages.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            appendScriptSafeString(json, entry.getKey());
            json.append(':');
            appendScriptSafeString(json, entry.getValue());
        }
        return json.append('}').toString();
    }

    /** A JSON string literal that is also safe inside an HTML script element. */
    public static String scriptSafeJsonString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        appendScriptSafeString(out, value);
        return out.toString();
    }

    private static void appendScriptSafeString(StringBuilder out, String value) {
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
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
