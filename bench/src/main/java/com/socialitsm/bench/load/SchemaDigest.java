package com.socialitsm.bench.load;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import net.java.ao.RawEntity;

/**
 * A short digest of the entities' tables and columns as the code declares them (getters, their types and column
 * annotations), so that a data set loaded for one schema is recognised as stale once a table or column changes.
 * Indexes are left out on purpose: an index added later is created on the loaded rows when the store migrates, as
 * an upgrade would create it on a customer's data, and a large data set need not be loaded again for it.
 */
final class SchemaDigest {
    private SchemaDigest() {
    }

    static String of(Collection<Class<? extends RawEntity<?>>> entities) {
        StringBuilder text = new StringBuilder();
        for (Class<? extends RawEntity<?>> entity : entities) {
            text.append(entity.getName()).append(columnAnnotations(entity.getAnnotations())).append('{');
            List<Method> methods = Arrays.stream(entity.getDeclaredMethods())
                    .sorted(Comparator.comparing(Method::toGenericString)).toList();
            for (Method method : methods) {
                text.append(method.toGenericString()).append(columnAnnotations(method.getAnnotations())).append(';');
            }
            text.append('}');
        }
        return Integer.toHexString(text.toString().hashCode());
    }

    private static String columnAnnotations(Annotation[] annotations) {
        return Arrays.stream(annotations).filter(a -> !INDEX_ANNOTATIONS.contains(a.annotationType().getSimpleName()))
                .map(Annotation::toString).sorted().toList().toString();
    }

    private static final java.util.Set<String> INDEX_ANNOTATIONS = java.util.Set.of("Indexed", "Indexes", "Index");
}
