package com.socialitsm.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

@DatabaseTest
class TransactionTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    @Test
    void aFailureRollsBackEveryWriteOfTheTransaction() {
        Store store = db.store();
        assertThatThrownBy(() -> store.executeInTransaction(() -> {
            store.create(SettingEntity.class, Map.of("SETTING_KEY", "a", "SETTING_VALUE", "1"));
            store.create(SettingEntity.class, Map.of("SETTING_KEY", "b", "SETTING_VALUE", "2"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(store.count(SettingEntity.class, "SETTING_KEY IN (?, ?)", "a", "b")).isZero();
    }

    @Test
    void aDuplicateKeyRollsBackTheWritesBeforeIt() {
        Store store = db.store();
        store.create(SettingEntity.class, Map.of("SETTING_KEY", "taken", "SETTING_VALUE", "1"));
        assertThatThrownBy(() -> store.executeInTransaction(() -> {
            store.create(SettingEntity.class, Map.of("SETTING_KEY", "fresh", "SETTING_VALUE", "1"));
            store.create(SettingEntity.class, Map.of("SETTING_KEY", "taken", "SETTING_VALUE", "2"));
            return null;
        })).satisfies(e -> assertThat(ConstraintViolations.isDuplicateKey(e)).isTrue());

        assertThat(store.count(SettingEntity.class, "SETTING_KEY = ?", "fresh")).isZero();
    }

    @Test
    void aNestedTransactionJoinsTheOuterOneAndRollsBackWithIt() {
        Store store = db.store();
        assertThatThrownBy(() -> store.executeInTransaction(() -> {
            store.executeInTransaction(() ->
                    store.create(SettingEntity.class, Map.of("SETTING_KEY", "inner", "SETTING_VALUE", "1")));
            throw new IllegalStateException("outer fails after inner returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.count(SettingEntity.class, "SETTING_KEY = ?", "inner")).isZero();
    }

    @Test
    void committedWorkIsVisibleAfterwards() {
        Store store = db.store();
        store.executeInTransaction(() ->
                store.create(SettingEntity.class, Map.of("SETTING_KEY", "kept", "SETTING_VALUE", "1")));
        assertThat(store.count(SettingEntity.class, "SETTING_KEY = ?", "kept")).isEqualTo(1);
    }
}
