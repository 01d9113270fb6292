package com.socialitsm.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;

import com.socialitsm.activity.ActivityHandler;
import com.socialitsm.activity.ActivityService;
import com.socialitsm.activity.FeedPruner;
import com.socialitsm.activity.FeedService;
import com.socialitsm.activity.MentionService;
import com.socialitsm.activity.NotificationService;
import com.socialitsm.engine.ChangeSteps;
import com.socialitsm.engine.SocialEngine;
import com.socialitsm.follow.FollowParticipantsHandler;
import com.socialitsm.follow.FollowService;
import com.socialitsm.hashtag.BackfillJob;
import com.socialitsm.hashtag.HashtagHandler;
import com.socialitsm.hashtag.HashtagService;
import com.socialitsm.hashtag.LabelImportJob;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.HistoricIssues;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueTagIndex;
import com.socialitsm.host.LabeledIssues;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.idea.IdeaService;
import com.socialitsm.kudos.KudosService;
import com.socialitsm.listening.ListeningService;
import com.socialitsm.qa.MarkdownRenderer;
import com.socialitsm.qa.QaConnections;
import com.socialitsm.poll.PollService;
import com.socialitsm.qa.QuestionService;
import com.socialitsm.settings.ProjectFeatures;
import com.socialitsm.settings.Settings;
import com.socialitsm.store.Store;
import com.socialitsm.visit.VisitService;
import com.socialitsm.vote.VoteService;

/**
 * The composition root, shared by every host: given the host's ports it builds each feature service once and the
 * {@link SocialEngine} with each feature's step of an issue change. It sits above every feature package, and no
 * feature imports it. Hosts (the Jira app, the devhost, tests and benchmarks) build one of these and ask it for
 * services; nothing else constructs services.
 */
public final class SocialApp {
    private final Store store;
    private final Clock clock;
    private final IssueDirectory issues;
    private final UserDirectory users;
    private final AccessPolicy access;
    private final Settings settings;
    private final ProjectFeatures features;
    private final FollowService follows;
    private final ActivityService activity;
    private final FeedService feed;
    private final MentionService mentions;
    private final NotificationService notifications;
    private final FeedPruner feedPruner;
    private final VoteService votes;
    private final KudosService kudos;
    private final HashtagService hashtags;
    private final SocialEngine engine;
    private final QuestionService questions;
    private final VisitService visits;
    private final IdeaService ideas;
    private final PollService polls;
    private final ListeningService listening;

    public SocialApp(Store store, Clock clock, IssueDirectory issues, UserDirectory users, AccessPolicy access) {
        this(store, clock, issues, users, access, IssueTagIndex.NONE, Runnable::run);
    }

    /**
     * For a host whose search keeps its own index of issue tags (Jira: an indexed issue entity property), with the
     * host's executor for the index writes of an admin's change to many issues ({@code indexLater}: a thread the host
     * owns and shuts down, never a request thread).
     */
    public SocialApp(Store store, Clock clock, IssueDirectory issues, UserDirectory users, AccessPolicy access,
                     IssueTagIndex tagIndex, Executor indexLater) {
        Objects.requireNonNull(tagIndex);
        Objects.requireNonNull(indexLater);
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.issues = Objects.requireNonNull(issues);
        this.users = Objects.requireNonNull(users);
        this.access = Objects.requireNonNull(access);
        this.settings = new Settings(store);
        this.features = new ProjectFeatures(store, settings);
        this.follows = new FollowService(store, clock, issues, users, access, settings);
        this.activity = new ActivityService(store, follows);
        this.feed = new FeedService(store, issues, users, access, follows);
        this.mentions = new MentionService(users, access, follows, activity);
        this.notifications = new NotificationService(store, settings, issues, access, feed);
        this.feedPruner = new FeedPruner(store);
        this.votes = new VoteService(store, clock, issues, access, follows, activity);
        this.kudos = new KudosService(store, clock, issues, users, access, votes, activity);
        this.listening = new ListeningService(store, clock, settings, new SecureRandom());
        this.hashtags = new HashtagService(store, clock, issues, access, follows, activity, kudos.tagRemovals(),
                settings, listening.chatter(), tagIndex, indexLater);
        this.engine = new SocialEngine(store, clock, settings, new ChangeSteps(new HashtagHandler(hashtags),
                new FollowParticipantsHandler(follows), new ActivityHandler(activity, mentions), kudos.handler()), tagIndex);
        this.questions = new QuestionService(store, clock, issues, users, access, new MarkdownRenderer(),
                new QaConnections(clock, follows, activity, mentions, kudos, features));
        this.visits = new VisitService(store, clock, issues, access, activity, kudos);
        this.ideas = new IdeaService(store, clock, issues, access, follows, activity, new MarkdownRenderer());
        this.polls = new PollService(store, clock, issues, access, activity, new SecureRandom());
    }

    public IdeaService ideas() {
        return ideas;
    }

    public PollService polls() {
        return polls;
    }

    /** The listening post: chat sources, their chatter, its cleanup. */
    public ListeningService listening() {
        return listening;
    }

    public VisitService visits() {
        return visits;
    }

    public QuestionService questions() {
        return questions;
    }

    public SocialEngine engine() {
        return engine;
    }

    public VoteService votes() {
        return votes;
    }

    public KudosService kudos() {
        return kudos;
    }

    public HashtagService hashtags() {
        return hashtags;
    }

    public Store store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    public IssueDirectory issues() {
        return issues;
    }

    public UserDirectory users() {
        return users;
    }

    public AccessPolicy access() {
        return access;
    }

    public Settings settings() {
        return settings;
    }

    /** Which features are switched off in which project. */
    public ProjectFeatures features() {
        return features;
    }

    public FollowService follows() {
        return follows;
    }

    public ActivityService activity() {
        return activity;
    }

    public FeedService feed() {
        return feed;
    }

    /** Mentions ({@code @alice}, {@code [~alice]}) in comments, questions and answers. */
    public MentionService mentions() {
        return mentions;
    }

    /** The unread count and list of what reached the user's feed since they last read it. */
    public NotificationService notifications() {
        return notifications;
    }

    /**
     * The labels-to-hashtags import over the host's labels, run on the host's executor (one the host owns and shuts
     * down, never a request thread). A host builds one and keeps it.
     */
    public LabelImportJob labelImport(LabeledIssues source, Executor executor) {
        return new LabelImportJob(store, clock, settings, hashtags, source, executor,
                LabelImportJob.DEFAULT_PAGE_SIZE);
    }

    /**
     * "Tag existing issues" over the host's history, run on the host's executor (one thread the host owns and shuts
     * down, never a request thread). A host builds one and keeps it.
     */
    public BackfillJob backfill(HistoricIssues source, Executor executor) {
        return new BackfillJob(store, clock, settings, features, hashtags, source, executor, BackfillJob.Pause.SLEEP,
                BackfillJob.DEFAULT_PAGE_SIZE);
    }

    /** For the periodic job that keeps each user's feed bounded. */
    public FeedPruner feedPruner() {
        return feedPruner;
    }
}
