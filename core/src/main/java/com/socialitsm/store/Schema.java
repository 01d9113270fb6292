package com.socialitsm.store;

import java.util.List;

import net.java.ao.RawEntity;

/**
 * The app's entities, in the order the {@code <ao>} module lists them, and the current model version. Each change to
 * an entity is a new version with an upgrade task that keeps existing rows (see
 * {@code com.socialitsm.store.upgrade.SchemaUpgrades}).
 */
public final class Schema {
    /** The model version of the entities below; Jira's AO plugin stores it per plugin, other hosts in SETTING. */
    public static final int CURRENT_VERSION = 11;

    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            HashtagEntity.class,
            IssueHashtagEntity.class,
            HashtagDayEntity.class,
            HashtagProjectEntity.class,
            HashtagDeltaEntity.class,
            HashtagPrefixEntity.class,
            FollowEntity.class,
            ActivityEntity.class,
            ActivityTargetEntity.class,
            FeedItemEntity.class,
            VoteEntity.class,
            IssueVotesEntity.class,
            PointsEntryEntity.class,
            PointsTotalEntity.class,
            KudosEntity.class,
            BadgeEntity.class,
            QuestionEntity.class,
            AnswerEntity.class,
            QaVoteEntity.class,
            SettingEntity.class,
            ProcessedChangeEntity.class,
            DeskVisitEntity.class,
            IdeaEntity.class,
            IdeaVoteEntity.class,
            IdeaCommentEntity.class,
            PollEntity.class,
            PollBallotEntity.class,
            PollChoiceEntity.class,
            SpikeAlertEntity.class,
            SpikeProblemEntity.class,
            ListenSourceEntity.class,
            ChatterMessageEntity.class,
            ChatterMentionEntity.class,
            KnownIssueEntity.class,
            KnownIssueMeTooEntity.class,
            KnownIssueFollowerEntity.class,
            KnownIssueUpdateEntity.class);

    private Schema() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] entityArray() {
        return ENTITIES.toArray(new Class[0]);
    }
}
