package com.socialitsm.web.page;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.socialitsm.kudos.KudosService;
import com.socialitsm.poll.PollService;
import com.socialitsm.qa.QuestionService;
import com.socialitsm.visit.VisitService;
import com.socialitsm.web.rest.HashtagResource;

/**
 * The input limits the front end shows and checks before sending (a text field's {@code maxlength}, "12/200"), taken
 * from the services that enforce them, so the browser and the server cannot disagree. Both hosts hand them to the
 * page under the same names as {@code window.SOCIAL_LIMITS}: the devhost's frame and Jira's boot data provider
 * ({@code "limits"}); core.js reads them with {@code limit(name)} and the front end holds no copy of the numbers
 * (FrontEndLimitsTest checks the scripts).
 */
public final class FrontEndLimits {
    private static final SortedMap<String, Integer> LIMITS = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
            "questionTitleMin", QuestionService.TITLE_MIN_LENGTH,
            "questionTitleMax", QuestionService.TITLE_MAX_LENGTH,
            "questionBodyMax", QuestionService.BODY_MAX_LENGTH,
            "kudosMessageMax", KudosService.MAX_MESSAGE,
            "visitNoteMax", VisitService.MAX_NOTE,
            "pollQuestionMax", PollService.MAX_QUESTION,
            "hashtagRangesTexts", HashtagResource.MAX_TEXTS_PER_REQUEST,
            "hashtagRangesBytes", HashtagResource.MAX_TEXT_BYTES)));

    private FrontEndLimits() {
    }

    /** Every limit by its front-end name. */
    public static SortedMap<String, Integer> values() {
        return LIMITS;
    }

    /** The limits as a JSON object ({@code {"kudosMessageMax":2000,...}}): names and numbers only, safe in a script. */
    public static String toScriptJson() {
        StringBuilder json = new StringBuilder("{");
        LIMITS.forEach((name, value) -> json.append(json.length() > 1 ? "," : "")
                .append(I18nBundle.scriptSafeJsonString(name)).append(':').append(value));
        return json.append('}').toString();
    }
}
