package com.socialitsm.devhost.page;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Escapes every reference a template inserts for HTML (text and quoted attribute values), as Jira does since 6.0.
 * The exception is Jira's convention: a reference whose last name ends in {@code Html} or {@code Json}
 * ({@code $i18nJson}, {@code $x.bodyHtml()}) is inserted as it is — only values the host built safely carry such
 * names, never user text.
 */
public final class HtmlEscapingReferences implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return isMarkedSafe(reference) ? text : escape(text);
    }

    /** {@code $fooHtml}, {@code ${fooJson}}, {@code $a.b.fooHtml()}: the last identifier ends in Html or Json. */
    static boolean isMarkedSafe(String reference) {
        String name = reference;
        int paren = name.indexOf('(');
        if (paren >= 0) {
            name = name.substring(0, paren);
        }
        name = name.replaceAll("[${}!\\s]", "");
        int dot = name.lastIndexOf('.');
        String last = dot >= 0 ? name.substring(dot + 1) : name;
        return last.endsWith("Html") || last.endsWith("Json");
    }

    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
