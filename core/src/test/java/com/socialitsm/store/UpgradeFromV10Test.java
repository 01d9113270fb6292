package com.socialitsm.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import net.java.ao.Query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.upgrade.SchemaUpgrades;
import com.socialitsm.store.upgrade.v10.AnswerV10;
import com.socialitsm.store.upgrade.v10.QuestionV10;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * A version-10 database with an internal answer (ANSWER as version 10 left it: no PUBLISHED_AS) upgrades to version
 * 11: the answer is kept, recorded as never published, and the new column is written and queried. Run with
 * -Dsocial.db=postgres|mariadb too.
 */
@DatabaseTest
public class UpgradeFromV10Test {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension(false);

    @Test
    void aVersionTenAnswerIsKeptAndNeverPublished() {
        EntityManagerStore store = db.store();
        store.migrate(SettingEntity.class, QuestionV10.class, AnswerV10.class);
        store.create(SettingEntity.class, Map.of("SETTING_KEY", SchemaUpgrades.VERSION_KEY, "SETTING_VALUE", "10"));
        QuestionV10 question = store.create(QuestionV10.class, Map.of("TITLE", "How do I reset it?",
                "AUTHOR", "bob", "PROJECT_ID", 1L, "PORTAL_ID", 0L, "CREATED_AT", 5L));
        store.create(AnswerV10.class, Map.of("QUESTION_ID", question.getID(), "BODY", "Like this.",
                "AUTHOR", "amy", "CREATED_AT", 6L, "VERIFIED", false));
        store.flushAll();

        assertThat(SchemaUpgrades.upgrade(store)).isEqualTo(10);
        store.flushAll();

        assertThat(SchemaUpgrades.installedVersion(store)).isEqualTo(Schema.CURRENT_VERSION).isEqualTo(11);
        AnswerEntity kept = store.find(AnswerEntity.class, Query.select()).length == 1
                ? store.find(AnswerEntity.class, Query.select())[0] : null;
        assertThat(kept).isNotNull();
        assertThat(kept.getBody()).isEqualTo("Like this.");
        assertThat(kept.getPublishedAs()).isZero();

        kept.setPublishedAs(42);
        kept.save();
        store.flushAll();
        assertThat(store.find(AnswerEntity.class, Query.select().where("PUBLISHED_AS = ?", 42)))
                .extracting(AnswerEntity::getID).containsExactly(kept.getID());
        assertThat(store.get(AnswerEntity.class, kept.getID()).getPublishedAs()).isEqualTo(42);
    }
}
