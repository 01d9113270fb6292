package com.socialitsm.qa;

import java.util.Comparator;
import java.util.List;

/**
 * The order of a question's answers: the accepted one first, then by the lower bound of the Wilson score interval
 * of their up- and downvotes (95 % confidence), oldest first among equals. The lower bound asks "how good is this
 * answer at least, given the evidence?", so two quick upvotes (1.00 positive, but on 2 votes: bound 0.34) do not
 * overtake an answer with 40 up and 5 down (0.89 positive on 45 votes: bound 0.77), and a net score never rewards
 * sheer controversy.
 */
final class AnswerRanking {
    /** z for a 95 % two-sided confidence interval. */
    private static final double Z = 1.959964;

    static final Comparator<Answer> ORDER = Comparator.comparing((Answer a) -> !a.accepted())
            .thenComparing(Comparator.comparingDouble(
                    (Answer a) -> wilsonLowerBound(a.upvotes(), a.downvotes())).reversed())
            .thenComparing(Answer::createdAt)
            .thenComparingLong(Answer::id);

    private AnswerRanking() {
    }

    /** The lower bound of the Wilson score interval for the share of positive votes; 0 without votes. */
    static double wilsonLowerBound(int upvotes, int downvotes) {
        int n = upvotes + downvotes;
        if (n <= 0) {
            return 0;
        }
        double positive = (double) upvotes / n;
        double z2 = Z * Z;
        return (positive + z2 / (2 * n) - Z * Math.sqrt((positive * (1 - positive) + z2 / (4 * n)) / n))
                / (1 + z2 / n);
    }

    static List<Answer> rank(List<Answer> answers) {
        return answers.stream().sorted(ORDER).toList();
    }
}
