package com.socialitsm.web.page;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.socialitsm.idea.IdeaService;
import com.socialitsm.knownissue.KnownIssueService;
import com.socialitsm.kudos.KudosService;
import com.socialitsm.kudos.PortalThanks;
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
    private static final SortedMap<String, Integer> LIMITS = Collections.unmodifiableSortedMap(new TreeMap<>(
            Map.ofEntries(
            Map.entry("questionTitleMin", QuestionService.TITLE_MIN_LENGTH),
            Map.entry("questionTitleMax", QuestionService.TITLE_MAX_LENGTH),
            Map.entry("questionBodyMax", QuestionService.BODY_MAX_LENGTH),
            Map.entry("kudosMessageMax", KudosService.MAX_MESSAGE),
            Map.entry("visitNoteMax", VisitService.MAX_NOTE),
            Map.entry("hashtagRangesTexts", HashtagResource.MAX_TEXTS_PER_REQUEST),
            Map.entry("hashtagRangesBytes", HashtagResource.MAX_TEXT_BYTES),
            Map.entry("ideaTitleMin", IdeaService.TITLE_MIN),
            Map.entry("ideaTitleMax", IdeaService.TITLE_MAX),
            Map.entry("ideaBodyMax", IdeaService.BODY_MAX),
            Map.entry("ideaReasonMax", IdeaService.REASON_MAX),
            Map.entry("pollQuestionMax", PollService.MAX_QUESTION),
            Map.entry("thanksMessageMax", PortalThanks.MAX_MESSAGE),
            Map.entry("knownIssueTitleMax", KnownIssueService.MAX_TITLE),
            Map.entry("knownIssueTextMax", KnownIssueService.MAX_TEXT),
            Map.entry("knownIssueUpdateMax", KnownIssueService.MAX_UPDATE))));

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
