package com.socialitsm.jira.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import net.java.ao.Query;
import net.java.ao.RawEntity;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.transaction.TransactionCallback;

import com.socialitsm.store.VoteEntity;
import com.socialitsm.store.upgrade.SchemaUpgrades;
import com.socialitsm.store.upgrade.v1.HashtagV1;
import com.socialitsm.store.upgrade.v1.IssueHashtagV1;

class AoStoreTest {
    private final ActiveObjects ao = mock(ActiveObjects.class);
    private final AoStore store = new AoStore(ao);

    @Test
    void workRunsInsideAnActiveObjectsTransaction() {
        when(ao.executeInTransaction(any())).thenAnswer(invocation ->
                ((TransactionCallback<?>) invocation.getArgument(0)).doInTransaction());

        assertThat(store.executeInTransaction(() -> "done")).isEqualTo("done");
        verify(ao).executeInTransaction(any());
    }

    @Test
    void readsAndWritesGoStraightToActiveObjects() {
        Query query = Query.select().where("VOTER = ?", "alice");
        VoteEntity[] votes = new VoteEntity[] {mock(VoteEntity.class)};
        when(ao.find(VoteEntity.class, query)).thenReturn(votes);
        when(ao.count(VoteEntity.class, "VOTER = ?", "alice")).thenReturn(1);

        assertThat(store.find(VoteEntity.class, query)).isSameAs(votes);
        assertThat(store.count(VoteEntity.class, "VOTER = ?", "alice")).isEqualTo(1);
        store.create(VoteEntity.class, Map.of("VOTER", "alice"));
        store.deleteWithSQL(VoteEntity.class, "VOTER = ?", "alice");
        store.flushAll();

        verify(ao).create(VoteEntity.class, Map.<String, Object>of("VOTER", "alice"));
        verify(ao).deleteWithSQL(VoteEntity.class, "VOTER = ?", "alice");
        verify(ao).flushAll();
    }

    @Test
    void emptyBatchesAreNotSentToActiveObjects() {
        store.create(VoteEntity.class, List.of());
        store.delete();

        verify(ao, never()).create(eq(VoteEntity.class), anyList());
        verify(ao, never()).delete(any(RawEntity[].class));
    }

    @Test
    void eachSchemaUpgradeIsAnUpgradeTaskOfItsModelVersion() {
        UpgradeTaskV1 task = new UpgradeTaskV1();
        ModelVersion one = mock(ModelVersion.class);

        try (MockedStatic<ModelVersion> versions = mockStatic(ModelVersion.class)) {
            versions.when(() -> ModelVersion.valueOf("1")).thenReturn(one);
            assertThat(task.getModelVersion()).isSameAs(one);
        }
        assertThat(task.schemaUpgrade().modelVersion()).isEqualTo(1);
        assertThat(SchemaUpgrades.ALL.get(0)).isInstanceOf(task.schemaUpgrade().getClass());
    }

    @Test
    void theUpgradeMigratesItsFrozenEntityCopiesThenBackFillsInATransaction() {
        when(ao.executeInTransaction(any())).thenAnswer(invocation ->
                ((TransactionCallback<?>) invocation.getArgument(0)).doInTransaction());
        when(ao.find(eq(HashtagV1.class), any(Query.class))).thenReturn(new HashtagV1[0]);
        when(ao.find(eq(IssueHashtagV1.class), any(Query.class))).thenReturn(new IssueHashtagV1[0]);

        new UpgradeTaskV1().upgrade(mock(ModelVersion.class), ao);

        verify(ao).migrate(HashtagV1.class, IssueHashtagV1.class);
        verify(ao).executeInTransaction(any());
    }
}
