package com.socialitsm.qa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.java.ao.Query;

import com.socialitsm.store.AnswerEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.QaVoteEntity;
import com.socialitsm.store.QuestionEntity;
import com.socialitsm.store.Store;

/**
 * Votes on questions and answers: one per user and post, changeable or withdrawn, never on one's own post. Scores
 * are recounted from the vote rows under the question's row lock, never incremented; an upvote on an answer earns
 * its author points, and taking it back (withdrawn, turned down, the answer or question deleted) reverses them.
 */
final class QaVotes {
    private final Store store;
    private final QaRows rows;
    private final QaEvents events;

    QaVotes(Store store, QaRows rows, QaEvents events) {
        this.store = store;
        this.rows = rows;
        this.events = events;
    }

    VoteTally onQuestion(String voter, long questionId, int value) {
        QaInputs.voteValue(value);
        return rows.inTransaction(() -> {
            QuestionEntity question = rows.lockVisibleQuestion(Optional.of(voter), questionId);
            if (question.getAuthor().equals(voter)) {
                throw QaRejection.forbidden("You cannot vote on your own question.");
            }
            String post = QaRows.questionPost(question).key();
            castVote(post, voter, value);
            question.setScore(countVotes(post, 1) - countVotes(post, -1));
            question.save();
            return new VoteTally(question.getScore(), value);
        });
    }

    VoteTally onAnswer(String voter, long answerId, int value) {
        QaInputs.voteValue(value);
        AnswerEntity found = rows.liveAnswer(answerId);
        return rows.inTransaction(() -> {
            QuestionEntity question =
                    rows.lockVisibleQuestion(Optional.of(voter), found.getQuestionId(), QaRows.NO_SUCH_ANSWER);
            AnswerEntity answer = rows.liveAnswer(answerId);
            if (answer.getAuthor().equals(voter)) {
                throw QaRejection.forbidden("You cannot vote on your own answer.");
            }
            QaPost post = QaRows.answerPost(question, answer);
            int previous = castVote(post.key(), voter, value);
            answer.setUpvotes(countVotes(post.key(), 1));
            answer.setDownvotes(countVotes(post.key(), -1));
            answer.save();
            if (previous != 1 && value == 1) {
                events.answerUpvoted(post, voter);
            } else if (previous == 1 && value != 1) {
                events.answerUpvoteReversed(post, voter);
            }
            return new VoteTally(answer.getUpvotes() - answer.getDownvotes(), value);
        });
    }

    /** Takes back the points every upvote on this answer earned (it is being deleted); the rows stay. */
    void reverseUpvotes(QuestionEntity question, AnswerEntity answer) {
        QaPost post = QaRows.answerPost(question, answer);
        for (QaVoteEntity vote : store.find(QaVoteEntity.class,
                Query.select().where("POST = ? AND VOTE_VALUE = ?", post.key(), 1))) {
            events.answerUpvoteReversed(post, vote.getVoter());
        }
    }

    /** Removes every vote on these posts (by {@link QaPost#key()}). */
    void removeVotesOn(List<String> posts) {
        for (List<String> chunk : InList.chunks(posts)) {
            store.deleteWithSQL(QaVoteEntity.class, InList.in("POST", chunk.size()), chunk.toArray());
        }
    }

    /** The voter's votes among these posts, by post. */
    Map<String, Integer> votesBy(String voter, List<String> posts) {
        Map<String, Integer> votes = new HashMap<>();
        for (List<String> chunk : InList.chunks(posts)) {
            Object[] parameters = new Object[chunk.size() + 1];
            parameters[0] = voter;
            for (int i = 0; i < chunk.size(); i++) {
                parameters[i + 1] = chunk.get(i);
            }
            for (QaVoteEntity vote : store.find(QaVoteEntity.class, Query.select()
                    .where("VOTER = ? AND " + InList.in("POST", chunk.size()), parameters))) {
                votes.put(vote.getPost(), vote.getVoteValue());
            }
        }
        return votes;
    }

    /** Sets, changes or (value 0) removes the voter's vote on a post; returns the previous value (0 for none). */
    private int castVote(String post, String voter, int value) {
        String key = post + "|" + voter;
        QaVoteEntity[] existing = store.find(QaVoteEntity.class, Query.select().where("VOTE_KEY = ?", key));
        int previous = existing.length == 0 ? 0 : existing[0].getVoteValue();
        if (value == 0) {
            store.delete(existing);
        } else if (existing.length > 0) {
            if (previous != value) {
                existing[0].setVoteValue(value);
                existing[0].save();
            }
        } else {
            store.create(QaVoteEntity.class, Map.of("VOTE_KEY", key, "POST", post, "VOTER", voter,
                    "VOTE_VALUE", value));
        }
        return previous;
    }

    private int countVotes(String post, int value) {
        return store.count(QaVoteEntity.class, "POST = ? AND VOTE_VALUE = ?", post, value);
    }
}
