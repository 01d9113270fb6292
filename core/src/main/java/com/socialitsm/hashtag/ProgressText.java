package com.socialitsm.hashtag;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * How a cluster job keeps its progress in one SETTING value (the labels import, the backfill): Java properties text,
 * which any node reads back whole or not at all.
 */
final class ProgressText {
    private ProgressText() {
    }

    static String write(Properties properties) {
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What {@code parse} makes of the text; empty when it is not readable (then the job counts as never run). */
    static <T> Optional<T> read(String text, Function<Properties, T> parse) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
            return Optional.of(parse.apply(properties));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
