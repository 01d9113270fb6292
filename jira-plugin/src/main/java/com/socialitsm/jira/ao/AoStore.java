package com.socialitsm.jira.ao;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import com.atlassian.activeobjects.external.ActiveObjects;

import com.socialitsm.store.Store;

/**
 * Core's {@link Store} inside Jira: a one-to-one delegation to Jira's {@link ActiveObjects} service, whose shape
 * the port copies. Transactions join an open one on the same thread, as Jira's SAL transaction template does, and
 * failures surface as Active Objects' own runtime exceptions, which core's {@code ConstraintViolations} unwraps.
 */
@Named("aoStore")
public final class AoStore implements Store {
    private final ActiveObjects ao;

    @Inject
    public AoStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return ao.create(type, params);
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            ao.create(type, rows);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return ao.get(type, key);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return ao.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return ao.find(type, criteria, parameters);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return ao.count(type, query);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return ao.count(type, criteria, parameters);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        if (entities.length > 0) {
            ao.delete(entities);
        }
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return ao.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        ao.stream(type, query, callback);
    }

    @Override
    public <T> T executeInTransaction(TransactionWork<T> work) {
        return ao.executeInTransaction(work::doInTransaction);
    }

    @Override
    public void flushAll() {
        ao.flushAll();
    }
}
