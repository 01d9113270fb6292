package com.socialitsm.devhost.jql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.socialitsm.tag.HashtagExtractor;

/**
 * Parses the JQL subset of the devhost's search: {@code project = KEY}, {@code Hashtags = t},
 * {@code Hashtags in (a, b)}, {@code Hashtags != t}, {@code Hashtags is EMPTY}, {@code issue in hashtag("t")}, clauses
 * joined with {@code AND}, then optionally {@code ORDER BY created DESC|ASC}. Keywords, field and function names are
 * case-insensitive; values are bare words or quoted with {@code "} or {@code '} (backslash escapes). Anything else
 * is refused with the message Jira gives for it, never an exception of another kind; a value is echoed at most
 * {@value #SHOWN} characters long. Holds no state: one instance serves every request.
 */
public final class JqlParser {
    /** Longer queries are refused before they are read. */
    public static final int MAX_LENGTH = 64 * 1024;
    /** As the Jira app's hashtag() function. */
    static final int MAX_FUNCTION_TAGS = 20;
    static final int MAX_LIST_VALUES = 100;
    private static final int SHOWN = 60;

    public JqlQuery parse(String jql) {
        if (jql == null || jql.isBlank()) {
            return new JqlQuery(List.of(), List.of(), false);
        }
        if (jql.length() > MAX_LENGTH) {
            throw new JqlException("The JQL query is too long: at most " + MAX_LENGTH + " characters.");
        }
        return new Reading(lex(jql)).query();
    }

    // ---------------------------------------------------------------- tokens

    private enum Kind { WORD, STRING, SYMBOL, END }

    /** {@code at}: 1-based character of the query, as Jira reports it. */
    private record Token(Kind kind, String text, int at) {
        boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        String shown() {
            return kind == Kind.END ? "EOF" : JqlParser.shown(text);
        }
    }

    private static List<Token> lex(String jql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < jql.length()) {
            int c = jql.codePointAt(i);
            if (Character.isWhitespace(c)) {
                i += Character.charCount(c);
            } else if (c == '"' || c == '\'') {
                i = quoted(jql, i, tokens);
            } else if (c == '=' || c == '(' || c == ')' || c == ',') {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf((char) c), i + 1));
                i++;
            } else if (c == '!' && i + 1 < jql.length() && jql.charAt(i + 1) == '=') {
                tokens.add(new Token(Kind.SYMBOL, "!=", i + 1));
                i += 2;
            } else if (isWordCharacter(c)) {
                int start = i;
                while (i < jql.length() && isWordCharacter(jql.codePointAt(i))) {
                    i += Character.charCount(jql.codePointAt(i));
                }
                tokens.add(new Token(Kind.WORD, jql.substring(start, i), start + 1));
            } else {
                throw new JqlException(String.format(Locale.ROOT, "Error in the JQL Query: The character '%s' is a "
                        + "reserved JQL character. You must enclose it in a string or use the escape '\\u%04x' "
                        + "instead. (line 1, character %d)", shown(new String(Character.toChars(c))), c, i + 1));
            }
        }
        tokens.add(new Token(Kind.END, "", jql.length() + 1));
        return tokens;
    }

    /** Reads a quoted string starting at {@code start}; returns the index after its closing quote. */
    private static int quoted(String jql, int start, List<Token> tokens) {
        char quote = jql.charAt(start);
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < jql.length()) {
            char c = jql.charAt(i);
            if (c == quote) {
                tokens.add(new Token(Kind.STRING, value.toString(), start + 1));
                return i + 1;
            }
            if (c == '\\' && i + 1 < jql.length()) {
                char escaped = jql.charAt(i + 1);
                value.append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped == 'r' ? '\r' : escaped);
                i += 2;
            } else {
                value.append(c);
                i++;
            }
        }
        throw new JqlException(String.format(Locale.ROOT, "Error in the JQL Query: The quoted string '%s' has not "
                + "been completed. (line 1, character %d)", shown(value.toString()), start + 1));
    }

    private static boolean isWordCharacter(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '#' || c == '.'
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** A value as a message may show it: at most {@value #SHOWN} characters, control characters as '?'. */
    public static String shown(String value) {
        String cut = value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    // ---------------------------------------------------------------- grammar

    /** One pass over one query's tokens. */
    private static final class Reading {
        private final List<Token> tokens;
        private int next;
        private final List<String> projects = new ArrayList<>();
        private final List<JqlQuery.TagCondition> tags = new ArrayList<>();

        Reading(List<Token> tokens) {
            this.tokens = tokens;
        }

        JqlQuery query() {
            if (!peek().is("order")) {
                clause();
                while (peek().is("and")) {
                    take();
                    clause();
                }
            }
            boolean ascending = false;
            if (peek().is("order")) {
                take();
                expectWord("by");
                Token field = value("a field to order by");
                if (!field.text().equalsIgnoreCase("created")) {
                    throw noSuchField(field);
                }
                if (peek().is("asc") || peek().is("desc")) {
                    ascending = take().is("asc");
                }
            }
            if (peek().kind() != Kind.END) {
                throw expecting(tokens.get(next), "'AND' or 'ORDER BY'");
            }
            return new JqlQuery(projects, tags, ascending);
        }

        private void clause() {
            Token field = value("a field name");
            switch (field.text().toLowerCase(Locale.ROOT)) {
                case "project" -> project(field);
                case "hashtags" -> hashtags(field);
                case "issue" -> hashtagFunction();
                default -> throw noSuchField(field);
            }
        }

        private void project(Token field) {
            Token operator = take();
            if (operator.isSymbol("=")) {
                projects.add(value("a project").text().trim().toUpperCase(Locale.ROOT));
            } else {
                throw unsupportedOperator(operator, field);
            }
        }

        private void hashtags(Token field) {
            Token operator = take();
            if (operator.isSymbol("=")) {
                tags.add(new JqlQuery.AnyOf(Set.of(tag(value("a hashtag")))));
            } else if (operator.isSymbol("!=")) {
                tags.add(new JqlQuery.NoneOf(tag(value("a hashtag"))));
            } else if (operator.is("in")) {
                Set<String> anyOf = new LinkedHashSet<>();
                for (Token value : list(MAX_LIST_VALUES, "values")) {
                    anyOf.add(tag(value));
                }
                tags.add(new JqlQuery.AnyOf(anyOf));
            } else if (operator.is("is") && (peek().is("empty") || peek().is("null"))) {
                take();
                tags.add(new JqlQuery.Empty());
            } else {
                throw unsupportedOperator(operator.is("is") ? new Token(Kind.WORD, "is " + peek().text(),
                        operator.at()) : operator, field);
            }
        }

        /** {@code issue in hashtag("a", "b")}, the Jira app's function. */
        private void hashtagFunction() {
            expectWord("in");
            Token function = value("a function");
            if (!function.text().equalsIgnoreCase("hashtag") || !peek().isSymbol("(")) {
                throw new JqlException("Unable to find JQL function '" + function.shown() + "()'.");
            }
            List<Token> args = list(MAX_FUNCTION_TAGS, "hashtags");
            if (args.isEmpty()) {
                throw new JqlException("The function hashtag() needs at least one hashtag, e.g. hashtag(\"vpn\").");
            }
            Set<String> anyOf = new LinkedHashSet<>();
            for (Token arg : args) {
                anyOf.add(HashtagExtractor.normalizeTag(arg.text()).orElseThrow(() -> new JqlException("'"
                        + arg.shown() + "' is not a hashtag: use letters, digits and '_', up to "
                        + HashtagExtractor.MAX_TAG_LENGTH + " characters.")));
            }
            tags.add(new JqlQuery.AnyOf(anyOf));
        }

        /** {@code ( v, v, ... )}: at most {@code max} values. */
        private List<Token> list(int max, String what) {
            Token open = take();
            if (!open.isSymbol("(")) {
                throw expecting(open, "'('");
            }
            List<Token> values = new ArrayList<>();
            if (peek().isSymbol(")")) {
                take();
                return values;
            }
            while (true) {
                values.add(value("a value"));
                if (values.size() > max) {
                    throw new JqlException("Error in the JQL Query: at most " + max + " " + what
                            + " fit in one list. (line 1, character " + open.at() + ")");
                }
                Token separator = take();
                if (separator.isSymbol(")")) {
                    return values;
                }
                if (!separator.isSymbol(",")) {
                    throw expecting(separator, "',' or ')'");
                }
            }
        }

        private static String tag(Token value) {
            return HashtagExtractor.normalizeTag(value.text()).orElseThrow(() -> new JqlException(
                    "The value '" + value.shown() + "' is not a valid hashtag for the field 'Hashtags'."));
        }

        private Token value(String what) {
            Token token = take();
            if (token.kind() != Kind.WORD && token.kind() != Kind.STRING) {
                throw expecting(token, what);
            }
            return token;
        }

        private void expectWord(String keyword) {
            Token token = take();
            if (!token.is(keyword)) {
                throw expecting(token, "'" + keyword.toUpperCase(Locale.ROOT) + "'");
            }
        }

        private Token peek() {
            return tokens.get(next);
        }

        private Token take() {
            Token token = tokens.get(next);
            if (token.kind() != Kind.END) {
                next++;
            }
            return token;
        }

        private static JqlException expecting(Token got, String what) {
            return new JqlException(String.format(Locale.ROOT, "Error in the JQL Query: Expecting %s but got '%s'."
                    + " (line 1, character %d)", what, got.shown(), got.at()));
        }

        private static JqlException noSuchField(Token field) {
            return new JqlException("Field '" + field.shown()
                    + "' does not exist or you do not have permission to view it.");
        }

        private static JqlException unsupportedOperator(Token operator, Token field) {
            return new JqlException("The operator '" + operator.shown() + "' is not supported by the '"
                    + field.shown() + "' field.");
        }
    }
}
