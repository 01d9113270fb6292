package com.socialitsm.jira.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import com.atlassian.jira.jql.values.ClauseValuesGenerator;
import com.atlassian.jira.jql.values.ClauseValuesGenerator.Result;
import com.atlassian.jira.jql.values.ClauseValuesGenerator.Results;
import com.atlassian.jira.user.ApplicationUser;

import com.socialitsm.hashtag.HashtagService;
import com.socialitsm.hashtag.TagSuggestion;

/**
 * The JQL autocomplete values of {@code Hashtags}. Which tags a viewer may see is HashtagService's rule (tested in
 * core); here: the generator asks it as the searcher, passes what was typed and the count Jira wants, and answers
 * the tags' normal forms in its order. Jira's Results and Result are compile-only stubs, so what the generator
 * passed to their constructors is checked.
 */
class HashtagValuesGeneratorTest {
    private final HashtagService hashtags = mock(HashtagService.class);
    private final ClauseValuesGenerator generator = new HashtagValuesGenerator(hashtags);

    @Test
    void offersTheTagsTheServiceFindsVisibleToTheSearcherInItsOrder() {
        when(hashtags.suggest(Optional.of("alice-key"), "vp", 15)).thenReturn(List.of(
                new TagSuggestion("vpn", "VPN", 12), new TagSuggestion("vpn-outage", "vpn-outage", 3)));

        assertThat(values(user("alice-key"), "vp", 15)).containsExactly("vpn", "vpn-outage");
    }

    @Test
    void anotherSearcherIsAskedForAsThemselves() {
        when(hashtags.suggest(Optional.of("dave-key"), "vp", 15)).thenReturn(List.of());

        assertThat(values(user("dave-key"), "vp", 15)).isEmpty();
        verify(hashtags).suggest(Optional.of("dave-key"), "vp", 15);
    }

    @Test
    void thePrefixGoesAsTypedAndNoMoreThanTheMaximumComesBack() {
        when(hashtags.suggest(Optional.of("alice-key"), "#VP", 2)).thenReturn(List.of(
                new TagSuggestion("vpn", "VPN", 12), new TagSuggestion("vpn-outage", "vpn-outage", 3),
                new TagSuggestion("vpnclient", "vpnclient", 1)));

        assertThat(values(user("alice-key"), "#VP", 2)).containsExactly("vpn", "vpn-outage");
    }

    @Test
    void anEmptyPrefixAsksForTheMostUsedTags() {
        when(hashtags.suggest(Optional.of("alice-key"), "", 15)).thenReturn(List.of(new TagSuggestion("vpn", "VPN", 1)));

        assertThat(values(user("alice-key"), null, 15)).containsExactly("vpn");
    }

    @Test
    void aHugeMaximumIsCapped() {
        when(hashtags.suggest(Optional.of("alice-key"), "v", HashtagValuesGenerator.MAX_VALUES)).thenReturn(List.of());

        values(user("alice-key"), "v", Integer.MAX_VALUE);

        verify(hashtags).suggest(Optional.of("alice-key"), "v", HashtagValuesGenerator.MAX_VALUES);
    }

    @Test
    void valuesAreTheNormalFormAsIsNeitherTheDisplayNorQuotedNorEscaped() {
        // Jira quotes a value for the query and escapes it for the dropdown; doing it here would do it twice.
        when(hashtags.suggest(Optional.of("alice-key"), "e", 15)).thenReturn(List.of(
                new TagSuggestion("email-outage", "Email-Outage", 4), new TagSuggestion("e_2024", "E_2024", 1)));

        assertThat(values(user("alice-key"), "e", 15)).containsExactly("email-outage", "e_2024");
    }

    @Test
    void anonymousAndKeylessSearchersGetNothingAndCostNoQuery() {
        assertThat(values(null, "vp", 15)).isEmpty();
        assertThat(values(user(null), "vp", 15)).isEmpty();

        verify(hashtags, never()).suggest(any(), anyString(), anyInt());
    }

    @Test
    void noRoomForValuesOrAPrefixNoTagCanStartWithCostsNoQuery() {
        assertThat(values(user("alice-key"), "vp", 0)).isEmpty();
        assertThat(values(user("alice-key"), "vp", -1)).isEmpty();
        assertThat(values(user("alice-key"), "v".repeat(HashtagValuesGenerator.MAX_PREFIX_LENGTH + 1), 15)).isEmpty();

        verify(hashtags, never()).suggest(any(), anyString(), anyInt());
    }

    /** The values the generator answered, read from the arguments of the stubbed Result and Results. */
    private List<String> values(ApplicationUser searcher, String prefix, int max) {
        Map<Result, String> valueOf = new IdentityHashMap<>();
        List<List<Result>> answered = new ArrayList<>();
        try (MockedConstruction<Result> results = mockConstruction(Result.class,
                     (result, context) -> valueOf.put(result, (String) context.arguments().get(0)));
             MockedConstruction<Results> answers = mockConstruction(Results.class,
                     (answer, context) -> answered.add(castResults(context.arguments().get(0))))) {
            Results answer = generator.getPossibleValues(searcher, "Hashtags", prefix, max);
            assertThat(answers.constructed()).containsExactly(answer);
        }
        return answered.get(0).stream().map(valueOf::get).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Result> castResults(Object list) {
        return (List<Result>) list;
    }

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }
}
