package com.socialitsm.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.upgrade.SchemaUpgrades;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * A version-9 database with a question and an answer (QUESTION and ANSWER as they were before version 10) upgrades to
 * version 10: both rows are kept, the question belongs to no portal (the agents' internal Q&amp;A), the answer is not
 * verified, and the new columns are written and queried. Run with -Dsocial.db=postgres|mariadb too.
 */
@DatabaseTest
public class UpgradeFromV9Test {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension(false);

    /** QUESTION before version 10 (no PORTAL_ID). */
    @Table("Question")
    public interface QuestionBeforeV10 extends Entity {
        @NotNull @StringLength(255) String getTitle();
        void setTitle(String title);

        @StringLength(StringLength.UNLIMITED) String getBody();
        void setBody(String markdown);

        @Indexed @NotNull @StringLength(255) String getAuthor();
        void setAuthor(String userKey);

        @Indexed long getIssueId();
        void setIssueId(long issueId);

        @Indexed long getProjectId();
        void setProjectId(long projectId);

        @StringLength(450) String getHashtags();
        void setHashtags(String hashtags);

        @StringLength(255) String getSearchText();
        void setSearchText(String text);

        @Indexed long getCreatedAt();
        void setCreatedAt(long epochMillis);

        long getEditedAt();
        void setEditedAt(long epochMillis);

        boolean isDeleted();
        void setDeleted(boolean deleted);

        int getAcceptedAnswerId();
        void setAcceptedAnswerId(int answerId);

        int getScore();
        void setScore(int score);

        int getAnswerCount();
        void setAnswerCount(int count);

        long getRaisedIssueId();
        void setRaisedIssueId(long issueId);
    }

    /** ANSWER before version 10 (no VERIFIED). */
    @Table("Answer")
    public interface AnswerBeforeV10 extends Entity {
        @Indexed int getQuestionId();
        void setQuestionId(int questionId);

        @StringLength(StringLength.UNLIMITED) String getBody();
        void setBody(String markdown);

        @Indexed @NotNull @StringLength(255) String getAuthor();
        void setAuthor(String userKey);

        long getCreatedAt();
        void setCreatedAt(long epochMillis);

        long getEditedAt();
        void setEditedAt(long epochMillis);

        boolean isDeleted();
        void setDeleted(boolean deleted);

        int getUpvotes();
        void setUpvotes(int upvotes);

        int getDownvotes();
        void setDownvotes(int downvotes);
    }

    @Test
    void aVersionNineQuestionStaysInternalAndItsAnswerUnverified() {
        EntityManagerStore store = db.store();
        store.migrate(SettingEntity.class, QuestionBeforeV10.class, AnswerBeforeV10.class);
        store.create(SettingEntity.class, Map.of("SETTING_KEY", SchemaUpgrades.VERSION_KEY, "SETTING_VALUE", "9"));
        QuestionBeforeV10 question = store.create(QuestionBeforeV10.class, Map.of("TITLE", "How do I reset it?",
                "AUTHOR", "bob", "PROJECT_ID", 1L, "CREATED_AT", 5L));
        store.create(AnswerBeforeV10.class, Map.of("QUESTION_ID", question.getID(), "BODY", "Like this.",
                "AUTHOR", "amy", "CREATED_AT", 6L));
        store.flushAll();

        assertThat(SchemaUpgrades.upgrade(store)).isEqualTo(9);
        store.flushAll();

        assertThat(SchemaUpgrades.installedVersion(store)).isEqualTo(Schema.CURRENT_VERSION);
        assertThat(store.find(QuestionEntity.class, Query.select())).singleElement().satisfies(q -> {
            assertThat(q.getTitle()).isEqualTo("How do I reset it?");
            assertThat(q.getPortalId()).isZero();
        });
        assertThat(store.find(AnswerEntity.class, Query.select())).singleElement().satisfies(a -> {
            assertThat(a.getBody()).isEqualTo("Like this.");
            assertThat(a.isVerified()).isFalse();
        });
        QuestionEntity onPortal = store.create(QuestionEntity.class, Map.of("TITLE", "On the portal?",
                "AUTHOR", "erin", "PROJECT_ID", 1L, "PORTAL_ID", 7L, "CREATED_AT", 8L));
        AnswerEntity verified = store.create(AnswerEntity.class, Map.of("QUESTION_ID", onPortal.getID(),
                "BODY", "Yes.", "AUTHOR", "bob", "CREATED_AT", 9L, "VERIFIED", true));
        store.flushAll();
        assertThat(store.find(QuestionEntity.class, Query.select().where("PORTAL_ID = ?", 7L)))
                .extracting(QuestionEntity::getID).containsExactly(onPortal.getID());
        assertThat(store.get(AnswerEntity.class, verified.getID()).isVerified()).isTrue();
    }
}
