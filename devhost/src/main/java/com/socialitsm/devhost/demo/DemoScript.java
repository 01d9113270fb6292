package com.socialitsm.devhost.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A demo story as a timeline: issues with what happened to them (comments, assignments, resolutions, votes,
 * kudos), questions with answers, follows — each step at a time before "now". {@link DemoSeeder} plays it back in
 * time order through the tracker and the app's features. Extending the demo is adding a step type here, one case
 * in the seeder and, if it is a feature's, one method in {@link SocialActions}.
 */
public final class DemoScript {
    private final List<Timed> timeline = new ArrayList<>();
    private int sequence;

    /** A step and when it happens (how long before the seeding starts). */
    public record Timed(Duration ago, int sequence, Step step) {
    }

    /** One thing that happens in the demo. */
    public sealed interface Step permits Create, Comment, Assign, Resolve, Reopen, Vote, Kudos, Follow, Ask, Answer,
            Accept, AnswerVote, AskPoll, PollVote {
        /** What kind of step, in plural, for the seeding report: "issues", "votes". */
        String kind();
    }

    public record Create(IssueStory issue) implements Step {
        @Override
        public String kind() {
            return "issues";
        }
    }

    public record Comment(IssueStory issue, String author, String body) implements Step {
        @Override
        public String kind() {
            return "comments";
        }
    }

    public record Assign(IssueStory issue, String actor, String assignee) implements Step {
        @Override
        public String kind() {
            return "assignments";
        }
    }

    public record Resolve(IssueStory issue, String actor, String resolution) implements Step {
        @Override
        public String kind() {
            return "resolutions";
        }
    }

    public record Reopen(IssueStory issue, String actor) implements Step {
        @Override
        public String kind() {
            return "reopenings";
        }
    }

    public record Vote(IssueStory issue, String user) implements Step {
        @Override
        public String kind() {
            return "votes";
        }
    }

    public record Kudos(IssueStory issue, String from, String to, String message) implements Step {
        @Override
        public String kind() {
            return "kudos";
        }
    }

    /** A follow of a hashtag, user, project, or (when {@code issue} is set) of that issue. */
    public record Follow(String user, String type, String id, IssueStory issue) implements Step {
        @Override
        public String kind() {
            return "follows";
        }
    }

    public record Ask(QuestionStory question) implements Step {
        @Override
        public String kind() {
            return "questions";
        }
    }

    public record Answer(QuestionStory question, int index, String author, String body) implements Step {
        @Override
        public String kind() {
            return "answers";
        }
    }

    public record Accept(QuestionStory question, String actor, int answerIndex) implements Step {
        @Override
        public String kind() {
            return "accepted answers";
        }
    }

    public record AnswerVote(QuestionStory question, int answerIndex, String user, int value) implements Step {
        @Override
        public String kind() {
            return "answer votes";
        }
    }

    public record AskPoll(PollStory poll) implements Step {
        @Override
        public String kind() {
            return "polls";
        }
    }

    /** A ballot: the chosen options by their index, from 0. */
    public record PollVote(PollStory poll, String voter, List<Integer> options) implements Step {
        @Override
        public String kind() {
            return "poll votes";
        }
    }

    /** The steps in the order they happened, oldest first. */
    public List<Timed> timeline() {
        List<Timed> sorted = new ArrayList<>(timeline);
        sorted.sort(Comparator.comparing(Timed::ago).reversed().thenComparingInt(Timed::sequence));
        return sorted;
    }

    public List<IssueStory> issues() {
        return timeline.stream().map(Timed::step).filter(Create.class::isInstance)
                .map(s -> ((Create) s).issue()).toList();
    }

    private void at(Duration ago, Step step) {
        timeline.add(new Timed(ago.isNegative() || ago.isZero() ? Duration.ofMinutes(1) : ago, sequence++, step));
    }

    /** An issue created {@code ago} before now; its later steps are given in minutes after its creation. */
    public IssueStory issue(String project, String reporter, String type, Duration ago, String summary,
                            String description) {
        IssueStory story = new IssueStory(project, reporter, type, ago, summary, description);
        at(ago, new Create(story));
        return story;
    }

    public void follow(Duration ago, String user, String type, String id) {
        at(ago, new Follow(user, type, id, null));
    }

    public QuestionStory question(Duration ago, String asker, String title, String body, List<String> hashtags,
                                  IssueStory about) {
        QuestionStory question = new QuestionStory(asker, title, body, hashtags, about, ago);
        at(ago, new Ask(question));
        return question;
    }

    /**
     * A poll asked {@code ago} before now by an agent of the project, closing {@code openFor} after it was asked (a
     * poll whose closing time has passed by now is closed on the demo's polls page).
     */
    public PollStory poll(Duration ago, String project, String asker, String question, List<String> options,
                          Duration openFor) {
        PollStory poll = new PollStory(project, asker, question, options, ago, openFor);
        at(ago, new AskPoll(poll));
        return poll;
    }

    /** An issue of the demo and what happens to it. */
    public final class IssueStory {
        private final String project;
        private final String reporter;
        private final String type;
        private final Duration created;
        private final String summary;
        private final String description;

        private IssueStory(String project, String reporter, String type, Duration created, String summary,
                           String description) {
            this.project = project;
            this.reporter = reporter;
            this.type = type;
            this.created = created;
            this.summary = summary;
            this.description = description;
        }

        public String project() {
            return project;
        }

        public String reporter() {
            return reporter;
        }

        public String type() {
            return type;
        }

        public String summary() {
            return summary;
        }

        public String description() {
            return description;
        }

        private Duration after(int minutes) {
            return created.minusMinutes(minutes);
        }

        public IssueStory assign(int minutesAfter, String actor, String assignee) {
            at(after(minutesAfter), new Assign(this, actor, assignee));
            return this;
        }

        public IssueStory comment(int minutesAfter, String author, String body) {
            at(after(minutesAfter), new Comment(this, author, body));
            return this;
        }

        public IssueStory resolve(int minutesAfter, String actor, String resolution) {
            at(after(minutesAfter), new Resolve(this, actor, resolution));
            return this;
        }

        public IssueStory reopen(int minutesAfter, String actor) {
            at(after(minutesAfter), new Reopen(this, actor));
            return this;
        }

        public IssueStory vote(int minutesAfter, String user) {
            at(after(minutesAfter), new Vote(this, user));
            return this;
        }

        public IssueStory kudos(int minutesAfter, String from, String to, String message) {
            at(after(minutesAfter), new Kudos(this, from, to, message));
            return this;
        }

        public IssueStory follow(int minutesAfter, String user) {
            at(after(minutesAfter), new Follow(user, "issue", null, this));
            return this;
        }
    }

    /** A question of the demo, its answers, votes and accepted answer. */
    public final class QuestionStory {
        private final String asker;
        private final String title;
        private final String body;
        private final List<String> hashtags;
        private final IssueStory about;
        private final Duration asked;
        private int answers;

        private QuestionStory(String asker, String title, String body, List<String> hashtags, IssueStory about,
                              Duration asked) {
            this.asker = asker;
            this.title = title;
            this.body = body;
            this.hashtags = List.copyOf(hashtags);
            this.about = about;
            this.asked = asked;
        }

        public String asker() {
            return asker;
        }

        public String title() {
            return title;
        }

        public String body() {
            return body;
        }

        public List<String> hashtags() {
            return hashtags;
        }

        /** The issue the question was asked on, or null for a project-wide question. */
        public IssueStory about() {
            return about;
        }

        /** The project of a project-wide question: the issue's, or the service desk. */
        public String project() {
            return about != null ? about.project() : DemoDataSet.SERVICE_DESK;
        }

        /** Adds an answer; answers are numbered from 0 in the order they are added. */
        public QuestionStory answer(int minutesAfter, String author, String answerBody) {
            at(asked.minusMinutes(minutesAfter), new Answer(this, answers++, author, answerBody));
            return this;
        }

        public QuestionStory accept(int minutesAfter, String actor, int answerIndex) {
            at(asked.minusMinutes(minutesAfter), new Accept(this, actor, answerIndex));
            return this;
        }

        public QuestionStory upvote(int minutesAfter, String user, int answerIndex) {
            at(asked.minusMinutes(minutesAfter), new AnswerVote(this, answerIndex, user, 1));
            return this;
        }
    }

    /** A poll of the demo and its ballots. The options how it runs default to a named, single-choice poll. */
    public final class PollStory {
        private final String project;
        private final String asker;
        private final String question;
        private final List<String> options;
        private final Duration asked;
        private final Duration openFor;
        private boolean multiple;
        private boolean anonymous;
        private boolean resultsAfterClose;

        private PollStory(String project, String asker, String question, List<String> options, Duration asked,
                          Duration openFor) {
            this.project = project;
            this.asker = asker;
            this.question = question;
            this.options = List.copyOf(options);
            this.asked = asked;
            this.openFor = openFor;
        }

        public String project() {
            return project;
        }

        public String asker() {
            return asker;
        }

        public String question() {
            return question;
        }

        public List<String> options() {
            return options;
        }

        public Duration openFor() {
            return openFor;
        }

        public boolean multiple() {
            return multiple;
        }

        public boolean anonymous() {
            return anonymous;
        }

        public boolean resultsAfterClose() {
            return resultsAfterClose;
        }

        public PollStory multipleChoice() {
            multiple = true;
            return this;
        }

        public PollStory anonymousVotes() {
            anonymous = true;
            return this;
        }

        public PollStory resultsOnlyAfterClose() {
            resultsAfterClose = true;
            return this;
        }

        /** A ballot cast {@code minutesAfter} the poll was asked, for the options with these indexes. */
        public PollStory vote(int minutesAfter, String voter, Integer... chosen) {
            at(asked.minusMinutes(minutesAfter), new PollVote(this, voter, List.of(chosen)));
            return this;
        }
    }
}
