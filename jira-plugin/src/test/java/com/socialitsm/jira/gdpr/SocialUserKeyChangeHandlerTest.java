package com.socialitsm.jira.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.task.context.Context;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.SimpleErrorCollection;

import com.socialitsm.privacy.UserKeyRewriter;
import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.FollowEntity;
import com.socialitsm.store.VoteEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** The handler over the real rewriter on a real database; Jira's value classes are intercepted (compile-only stubs). */
@DatabaseTest
class SocialUserKeyChangeHandlerTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final EntityManagerStore store = db.store();
    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final I18nHelper i18n = mock(I18nHelper.class);
    private final SocialUserKeyChangeHandler handler =
            new SocialUserKeyChangeHandler(new UserKeyRewriter(store), authenticationContext);

    @BeforeEach
    void i18n() {
        when(authenticationContext.getI18nHelper()).thenReturn(i18n);
        when(i18n.getText(anyString(), any())).thenAnswer(invocation ->
                invocation.getArgument(0) + ": " + invocation.getArgument(1));
    }

    @Test
    void reportsHowManyStoredReferencesTheUserHasAsOneAnonymizedEntity() throws Exception {
        followAndVote("alice");
        Class<?> builderType = AffectedEntity.class.getMethod("newBuilder", AffectedEntityType.class).getReturnType();
        Object builder = mock(builderType, RETURNS_SELF);
        AffectedEntity entity = mock(AffectedEntity.class);
        Method build = builderType.getMethod("build");
        when(build.invoke(builder)).thenReturn(entity);

        Collection<AffectedEntity> affected;
        try (MockedStatic<AffectedEntity> entities = mockStatic(AffectedEntity.class)) {
            entities.when(() -> AffectedEntity.newBuilder(AffectedEntityType.ANONYMIZE)).thenReturn(builder);
            affected = handler.getAffectedEntities(parameter("alice", "JIRAUSER10100", mock(Context.class)));
        }

        assertThat(affected).containsExactly(entity);
        builderType.getMethod("numberOfOccurrences", Long.class).invoke(verify(builder), 2L);
        builderType.getMethod("descriptionKey", String.class)
                .invoke(verify(builder), SocialUserKeyChangeHandler.AFFECTED_DESCRIPTION_KEY);
    }

    @Test
    void aUserWithoutSocialDataAffectsNothing() {
        assertThat(handler.getAffectedEntities(parameter("nobody", "JIRAUSER10101", mock(Context.class)))).isEmpty();
    }

    @Test
    void updateMovesTheDataAndReportsOneProgressStepPerStoredPlace() {
        followAndVote("alice");
        Context context = mock(Context.class);
        Context.Task task = mock(Context.Task.class);
        when(context.start(any())).thenReturn(task);
        UserPropertyChangeParameter parameter = parameter("alice", "JIRAUSER10100", context);

        List<ErrorCollection> errors = new ArrayList<>();
        try (MockedConstruction<SimpleErrorCollection> collections = mockConstruction(SimpleErrorCollection.class);
             MockedConstruction<ServiceResultImpl> results = mockConstruction(ServiceResultImpl.class,
                     (result, creation) -> errors.add((ErrorCollection) creation.arguments().get(0)))) {
            ServiceResult result = handler.update(parameter);

            assertThat(results.constructed()).containsExactly((ServiceResultImpl) result);
            assertThat(errors).containsExactlyElementsOf(collections.constructed());
            verify(collections.constructed().get(0), times(0)).addErrorMessage(anyString());
        }

        store.flushAll();
        assertThat(store.count(FollowEntity.class, "FOLLOWER = ?", "JIRAUSER10100")).isEqualTo(1);
        assertThat(store.count(VoteEntity.class, "VOTER = ?", "JIRAUSER10100")).isEqualTo(1);
        assertThat(store.count(FollowEntity.class, "FOLLOWER = ?", "alice")).isZero();
        int places = UserKeyRewriter.Reference.values().length;
        verify(task, times(places)).complete();
        assertThat(handler.getNumberOfTasks(parameter)).isEqualTo(places);
    }

    @Test
    void aFailedRewriteIsReturnedAsAnErrorNotThrown() {
        UserKeyRewriter broken = mock(UserKeyRewriter.class);
        when(broken.rewrite(eq("alice"), eq("JIRAUSER10100"), any())).thenThrow(new IllegalStateException("db down"));
        SocialUserKeyChangeHandler failing = new SocialUserKeyChangeHandler(broken, authenticationContext);

        try (MockedConstruction<SimpleErrorCollection> collections = mockConstruction(SimpleErrorCollection.class);
             MockedConstruction<ServiceResultImpl> results = mockConstruction(ServiceResultImpl.class)) {
            failing.update(parameter("alice", "JIRAUSER10100", mock(Context.class)));

            verify(collections.constructed().get(0))
                    .addErrorMessage(SocialUserKeyChangeHandler.FAILED_KEY + ": db down");
            assertThat(results.constructed()).hasSize(1);
        }
    }

    private void followAndVote(String user) {
        store.create(FollowEntity.class, Map.of("FOLLOW_KEY", user + "|issue:1", "FOLLOWER", user,
                "TARGET", "issue:1", "SINCE", 1L));
        store.create(VoteEntity.class, Map.of("VOTE_KEY", "1|" + user, "ISSUE_ID", 1L, "PROJECT_ID", 1L,
                "VOTER", user, "CREATED_AT", 1L));
    }

    private static UserPropertyChangeParameter parameter(String original, String target, Context context) {
        UserPropertyChangeParameter parameter = mock(UserPropertyChangeParameter.class);
        when(parameter.getOriginal()).thenReturn(original);
        when(parameter.getTarget()).thenReturn(target);
        when(parameter.getContext()).thenReturn(context);
        return parameter;
    }
}
