package com.socialitsm.privacy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;

import com.socialitsm.store.NotExported;
import com.socialitsm.store.Schema;
import com.socialitsm.store.Store;

/**
 * Everything the app stores, table by table, for an administrator's data export (GDPR access requests, audits,
 * leaving the app). Every entity of {@link Schema} is read in pages of {@link #PAGE_SIZE} rows by ascending id (one
 * index range scan per page, nothing held beyond a page), so the export works at any size; the caller writes each row
 * out as it comes. Columns are the entity's properties ({@code getIssueId} → {@code issueId}) plus {@code id}; a row
 * is a plain map because the export is generic over every table, and nothing but a writer consumes it.
 */
public final class DataExport {
    static final int PAGE_SIZE = 500;
    /**
     * Columns that are credentials, not personal data, left out of the export so that an export file opens nothing:
     * a listening source's URL secret (and its hash) and its shared key.
     */
    private static final java.util.Set<String> CREDENTIALS = java.util.Set.of("getSecret", "getSecretHash",
            "getSharedKey");

    /** Receives the export as it is read: each table's rows between its begin and end. */
    public interface Sink {
        void beginTable(String table);

        void row(Map<String, Object> columns);

        void endTable(String table, long rows);
    }

    private final Store store;
    private final int pageSize;

    public DataExport(Store store) {
        this(store, PAGE_SIZE);
    }

    DataExport(Store store, int pageSize) {
        this.store = Objects.requireNonNull(store);
        this.pageSize = pageSize;
    }

    /** The exported tables' names, in export order (the {@code <ao>} order). */
    public static List<String> tables() {
        return Schema.ENTITIES.stream().map(DataExport::tableName).toList();
    }

    public void writeTo(Sink sink) {
        for (Class<? extends RawEntity<?>> type : Schema.ENTITIES) {
            export(type.asSubclass(Entity.class), sink);
        }
    }

    private <T extends Entity> void export(Class<T> type, Sink sink) {
        String table = tableName(type);
        List<Method> getters = getters(type);
        sink.beginTable(table);
        long rows = 0;
        int after = 0;
        while (true) {
            T[] page = store.find(type, Query.select().where("ID > ?", after).order("ID").limit(pageSize));
            for (T entity : page) {
                sink.row(columns(entity, getters));
                after = Math.max(after, entity.getID());
            }
            rows += page.length;
            // Forget the page's entities, so a long export does not pile them up.
            store.flushAll();
            if (page.length < pageSize) {
                break;
            }
        }
        sink.endTable(table, rows);
    }

    private static Map<String, Object> columns(Entity entity, List<Method> getters) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", entity.getID());
        for (Method getter : getters) {
            try {
                columns.put(property(getter), getter.invoke(entity));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + getter, e);
            }
        }
        return columns;
    }

    /**
     * The entity's own column getters (not {@code getID}, not Active Objects' plumbing, not a {@link NotExported}
     * secret such as an anonymous poll's ballot key), by name.
     */
    private static List<Method> getters(Class<?> type) {
        List<Method> getters = new ArrayList<>();
        for (Method method : type.getMethods()) {
            String name = method.getName();
            boolean getter = (name.startsWith("get") && name.length() > 3)
                    || (name.startsWith("is") && name.length() > 2);
            if (getter && method.getParameterCount() == 0 && method.getDeclaringClass() != Entity.class
                    && method.getDeclaringClass() != RawEntity.class && !name.equals("getID")
                    && !method.isAnnotationPresent(NotExported.class) && !CREDENTIALS.contains(name)) {
                getters.add(method);
            }
        }
        getters.sort(Comparator.comparing(Method::getName));
        return getters;
    }

    private static String property(Method getter) {
        String name = getter.getName();
        String bare = name.substring(name.startsWith("is") ? 2 : 3);
        return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    private static String tableName(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        return table != null ? table.value() : type.getSimpleName();
    }
}
