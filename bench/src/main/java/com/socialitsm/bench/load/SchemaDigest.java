package com.socialitsm.bench.load;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import net.java.ao.RawEntity;

/**
 * A short digest of the entities as the code declares them (getters and their annotations), so that a data set
 * loaded for one schema is recognised as stale once an entity, column or index changes.
 */
final class SchemaDigest {
    private SchemaDigest() {
    }

    static String of(Collection<Class<? extends RawEntity<?>>> entities) {
        StringBuilder text = new StringBuilder();
        for (Class<? extends RawEntity<?>> entity : entities) {
            text.append(entity.getName()).append(Arrays.toString(entity.getAnnotations())).append('{');
            List<Method> methods = Arrays.stream(entity.getDeclaredMethods())
                    .sorted(Comparator.comparing(Method::toGenericString)).toList();
            for (Method method : methods) {
                text.append(method.toGenericString()).append(Arrays.toString(method.getAnnotations())).append(';');
            }
            text.append('}');
        }
        return Integer.toHexString(text.toString().hashCode());
    }
}
