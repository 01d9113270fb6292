package com.socialitsm.web.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.socialitsm.activity.FeedCursor;
import com.socialitsm.activity.FeedPage;
import com.socialitsm.activity.QaPostRef;
import com.socialitsm.qa.QuestionService;

/** A page of a feed: {@code items}, newest first, and {@code next}, the cursor of the next page (null at the end). */
public record FeedPageJson(List<FeedItemJson> items, String next) {
    static FeedPageJson of(FeedPage page) {
        return new FeedPageJson(page.items().stream().map(FeedItemJson::of).toList(),
                page.next().map(FeedCursor::encode).orElse(null));
    }

    /** The page with each Q&amp;A item's question, answers' questions looked up in one query. */
    static FeedPageJson of(FeedPage page, QuestionService questions) {
        Set<Long> answers = page.items().stream().flatMap(item -> item.post().stream())
                .filter(QaPostRef::answer).map(QaPostRef::id).collect(Collectors.toSet());
        Map<Long, Long> questionOfAnswer = questions.questionsOfAnswers(answers);
        return new FeedPageJson(page.items().stream().map(item -> FeedItemJson.of(item, questionOfAnswer)).toList(),
                page.next().map(FeedCursor::encode).orElse(null));
    }
}
