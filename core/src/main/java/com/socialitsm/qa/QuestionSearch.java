package com.socialitsm.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.host.ProjectRef;
import com.socialitsm.store.Criteria;
import com.socialitsm.store.QuestionEntity;
import com.socialitsm.store.Store;

/**
 * Finding questions: listings with filters, three orders and cursor paging, and similar-question suggestions. Both
 * filter and order in SQL and drop what the viewer may not see before a page is cut, so hidden questions are never
 * listed, counted or suggested.
 */
final class QuestionSearch {
    static final int MAX_LIMIT = 100;
    static final int MAX_SIMILAR = 20;
    /** Words of a title search; more are ignored. */
    static final int MAX_SEARCH_WORDS = 8;
    /** Batches a listing reads to fill a page with questions the viewer may see, before it hands out a cursor. */
    private static final int MAX_SCAN_ROUNDS = 5;
    private static final int MAX_SCAN_BATCH = 400;
    private static final int SIMILAR_PROBE_WORDS = 4;
    private static final int SIMILAR_CANDIDATES_PER_WORD = 50;
    private static final int MAX_TYPED_TITLE = QaInputs.TITLE_MAX_LENGTH;

    private final Store store;
    private final QuestionVisibility visibility;
    private final QaRecords records;

    QuestionSearch(Store store, QuestionVisibility visibility, QaRecords records) {
        this.store = store;
        this.visibility = visibility;
        this.records = records;
    }

    QuestionPage list(Optional<String> viewer, QuestionQuery query) {
        int limit = query.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw QaRejection.invalid("limit must be between 1 and " + MAX_LIMIT + ".");
        }
        QuestionSort sort = query.sort();
        Criteria criteria = new Criteria("DELETED = ?", false);
        Optional<String> projectKey = QaInputs.nonBlank(query.projectKey());
        if (projectKey.isPresent()) {
            criteria.and("PROJECT_ID = ?", visibility.project(viewer, projectKey.get()).id());
        }
        Optional<String> issueKey = QaInputs.nonBlank(query.issueKey());
        if (issueKey.isPresent()) {
            criteria.and("ISSUE_ID = ?", visibility.issue(viewer, issueKey.get()).id());
        }
        Optional<String> tag = QaInputs.nonBlank(query.tag());
        if (tag.isPresent()) {
            String normalized = QuestionTags.normalize(tag.get()).orElseThrow(
                    () -> QaRejection.invalid(QaInputs.quoted(tag.get()) + " is not a valid hashtag."));
            criteria.and("HASHTAGS LIKE ?" + Criteria.LIKE_ESCAPE, QuestionTags.columnPattern(normalized));
        }
        for (String term : TitleWords.searchTerms(query.text().orElse(""), MAX_SEARCH_WORDS)) {
            criteria.and("SEARCH_TEXT LIKE ?" + Criteria.LIKE_ESCAPE, Criteria.likeContaining(term));
        }
        if (sort == QuestionSort.UNANSWERED) {
            criteria.and("ANSWER_COUNT = ?", 0);
        }
        Optional<QuestionCursor> position = Optional.empty();
        Optional<String> cursor = QaInputs.nonBlank(query.cursor());
        if (cursor.isPresent()) {
            position = Optional.of(QuestionCursor.decode(cursor.get(), sort).orElseThrow(
                    () -> QaRejection.invalid("The cursor is not valid for this listing.")));
        }
        // Only the questions of one issue the viewer may browse are all visible, so only there a total is both
        // cheap and revealing nothing.
        OptionalInt total = issueKey.isPresent()
                ? OptionalInt.of(store.count(QuestionEntity.class, criteria.sql(), criteria.parameters()))
                : OptionalInt.empty();
        return scan(viewer, criteria, sort, position, limit, total);
    }

    /**
     * Reads rows after the position in order until the page is full of visible ones: first {@code limit + 1} rows
     * (enough when nothing is hidden), then larger batches, at most {@link #MAX_SCAN_ROUNDS}; past that the page is
     * returned short, with a cursor after the last row read.
     */
    private QuestionPage scan(Optional<String> viewer, Criteria criteria, QuestionSort sort,
            Optional<QuestionCursor> start, int limit, OptionalInt total) {
        List<QuestionEntity> page = new ArrayList<>();
        Optional<QuestionCursor> position = start;
        boolean more = true;
        for (int round = 0; round < MAX_SCAN_ROUNDS && more && page.size() < limit; round++) {
            int batch = round == 0 ? limit + 1 : Math.min(4 * limit, MAX_SCAN_BATCH);
            Criteria where = criteria.copy();
            position.ifPresent(after -> after(where, after));
            QuestionEntity[] rows = store.find(QuestionEntity.class,
                    Query.select().where(where.sql(), where.parameters()).order(order(sort)).limit(batch));
            more = rows.length == batch;
            Set<Integer> visible = visibility.visibleIds(viewer, List.of(rows));
            for (QuestionEntity row : rows) {
                if (page.size() == limit) {
                    more = true;
                    break;
                }
                position = Optional.of(positionOf(sort, row));
                if (visible.contains(row.getID())) {
                    page.add(row);
                }
            }
        }
        Optional<String> next = more ? position.map(QuestionCursor::encode) : Optional.empty();
        return new QuestionPage(records.questions(page), next, total);
    }

    private static void after(Criteria where, QuestionCursor position) {
        if (position.sort() == QuestionSort.VOTES) {
            where.and("(SCORE < ? OR (SCORE = ? AND ID < ?))", position.score(), position.score(), position.id());
        } else {
            where.and("ID < ?", position.id());
        }
    }

    private static String order(QuestionSort sort) {
        return sort == QuestionSort.VOTES ? "SCORE DESC, ID DESC" : "ID DESC";
    }

    private static QuestionCursor positionOf(QuestionSort sort, QuestionEntity row) {
        return new QuestionCursor(sort, sort == QuestionSort.VOTES ? row.getScore() : 0, row.getID());
    }

    /**
     * Visible questions sharing words with a title being typed: for its longest significant words, the newest titles
     * containing each; ranked by word overlap, answered first among equals.
     */
    List<Question> similar(Optional<String> viewer, String title, Optional<String> projectKey, int limit) {
        String typed = title == null ? "" : title.substring(0, Math.min(title.length(), MAX_TYPED_TITLE));
        Set<String> words = TitleWords.significant(typed);
        int wanted = Math.max(1, Math.min(limit, MAX_SIMILAR));
        if (words.isEmpty()) {
            return List.of();
        }
        Optional<Long> projectId = Optional.empty();
        Optional<String> key = QaInputs.nonBlank(projectKey);
        if (key.isPresent()) {
            Optional<ProjectRef> project = visibility.browsableProject(viewer, key.get());
            if (project.isEmpty()) {
                return List.of();
            }
            projectId = project.map(ProjectRef::id);
        }
        Map<Integer, QuestionEntity> candidates = new LinkedHashMap<>();
        List<String> probes = words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .limit(SIMILAR_PROBE_WORDS).toList();
        for (String word : probes) {
            Criteria where = new Criteria("DELETED = ?", false)
                    .and("SEARCH_TEXT LIKE ?" + Criteria.LIKE_ESCAPE, Criteria.likeContaining(word));
            projectId.ifPresent(id -> where.and("PROJECT_ID = ?", id));
            for (QuestionEntity row : store.find(QuestionEntity.class, Query.select()
                    .where(where.sql(), where.parameters()).order("ID DESC").limit(SIMILAR_CANDIDATES_PER_WORD))) {
                candidates.putIfAbsent(row.getID(), row);
            }
        }
        Set<Integer> visible = visibility.visibleIds(viewer, candidates.values());
        record Match(QuestionEntity question, double overlap) {
        }
        List<QuestionEntity> best = candidates.values().stream()
                .filter(q -> visible.contains(q.getID()))
                .map(q -> new Match(q, TitleWords.overlap(words, TitleWords.significant(q.getTitle()))))
                .filter(m -> m.overlap() > 0)
                .sorted(Comparator.comparingDouble(Match::overlap).reversed()
                        .thenComparing(m -> m.question().getAcceptedAnswerId() == 0)
                        .thenComparing(m -> -m.question().getID()))
                .limit(wanted)
                .map(Match::question)
                .toList();
        return records.questions(best);
    }
}
