package com.socialitsm.devhost.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JqlParserTest {
    private final JqlParser parser = new JqlParser();

    @Test
    void everyClauseOfTheSubsetJoinedWithAndAndAnOrder() {
        JqlQuery query = parser.parse("project = sd AND Hashtags = VPN AND hashtags in (vpn, \"#Outage\") "
                + "AND HASHTAGS != wifi AND Hashtags is EMPTY AND issue in hashtag('vpn', \"#Outage\") "
                + "ORDER BY created ASC");

        assertThat(query.projectKeys()).containsExactly("SD");
        assertThat(query.tagConditions()).containsExactly(
                new JqlQuery.AnyOf(Set.of("vpn")),
                new JqlQuery.AnyOf(Set.of("vpn", "outage")),
                new JqlQuery.NoneOf("wifi"),
                new JqlQuery.Empty(),
                new JqlQuery.AnyOf(Set.of("vpn", "outage")));
        assertThat(query.createdAscending()).isTrue();
    }

    @Test
    void anEmptyQueryIsEveryVisibleIssueNewestFirst() {
        assertThat(parser.parse(null)).isEqualTo(new JqlQuery(List.of(), List.of(), false));
        assertThat(parser.parse("  ")).isEqualTo(new JqlQuery(List.of(), List.of(), false));
        assertThat(parser.parse("order by created desc")).isEqualTo(new JqlQuery(List.of(), List.of(), false));
    }

    @Test
    void unicodeTagsAreNormalizedLikeTheApps() {
        assertThat(parser.parse("Hashtags = Störung").tagConditions())
                .containsExactly(new JqlQuery.AnyOf(Set.of("störung")));
        assertThat(parser.parse("Hashtags = \"#障害\"").tagConditions())
                .containsExactly(new JqlQuery.AnyOf(Set.of("障害")));
    }

    @Test
    void unknownFieldsFunctionsAndOperatorsGetJirasMessages() {
        assertRefused("priority = High", "Field 'priority' does not exist or you do not have permission to view it.");
        assertRefused("issue in linkedIssues(\"SD-1\")", "Unable to find JQL function 'linkedIssues()'.");
        assertRefused("Hashtags ~ vpn", "Error in the JQL Query: The character '~' is a reserved JQL character. "
                + "You must enclose it in a string or use the escape '\\u007e' instead. (line 1, character 10)");
        assertRefused("project != SD", "The operator '!=' is not supported by the 'project' field.");
        assertRefused("Hashtags is not EMPTY", "The operator 'is not' is not supported by the 'Hashtags' field.");
        assertRefused("Hashtags = vpn OR Hashtags = wifi",
                "Error in the JQL Query: Expecting 'AND' or 'ORDER BY' but got 'OR'. (line 1, character 16)");
        assertRefused("order by updated", "Field 'updated' does not exist or you do not have permission to view it.");
        assertRefused("Hashtags =", "Error in the JQL Query: Expecting a hashtag but got 'EOF'. (line 1, character 11)");
    }

    @Test
    void valuesThatAreNoTagsAreRefusedByName() {
        assertRefused("Hashtags = \"two words\"",
                "The value 'two words' is not a valid hashtag for the field 'Hashtags'.");
        assertRefused("Hashtags in (vpn, 123)", "The value '123' is not a valid hashtag for the field 'Hashtags'.");
        assertRefused("issue in hashtag()", "The function hashtag() needs at least one hashtag, e.g. hashtag(\"vpn\").");
        assertRefused("issue in hashtag(\"no way\")",
                "'no way' is not a hashtag: use letters, digits and '_', up to 64 characters.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hashtags = \"vpn", "Hashtags = 'vpn", "Hashtags = \"vpn\\\"", "Hashtags in (\"a\", \"b"})
    void unbalancedQuotesAreAParseErrorNamingWhereTheStringStarted(String jql) {
        assertThatThrownBy(() -> parser.parse(jql)).isInstanceOf(JqlException.class)
                .hasMessageStartingWith("Error in the JQL Query: The quoted string '")
                .hasMessageContaining("has not been completed. (line 1, character ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hashtags in (vpn", "Hashtags in vpn", "Hashtags in (vpn,)", "(Hashtags = vpn)",
            "issue in hashtag", "project = ", "AND", "Hashtags = vpn AND", "order", "order by",
            "Hashtags = vpn order by created sideways", "\u0000", "Hashtags = \u202Evpn", "project = SD\u0007"})
    void hostileOrBrokenQueriesAreRefusedWithAMessageNeverAnotherException(String jql) {
        assertThatThrownBy(() -> parser.parse(jql)).isInstanceOf(JqlException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("\u0000", "\u0007"));
    }

    @Test
    void aTenKilobyteValueIsRefusedAsNoHashtagAndEchoedShort() {
        String huge = "x".repeat(10 * 1024);

        assertThatThrownBy(() -> parser.parse("Hashtags = \"" + huge + "\"")).isInstanceOf(JqlException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200)
                        .startsWith("The value 'xxxxxxxx").endsWith("…' is not a valid hashtag for the field 'Hashtags'."));
        assertThatThrownBy(() -> parser.parse("Hashtags = " + huge)).isInstanceOf(JqlException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        assertThatThrownBy(() -> parser.parse("Hashtags = \"" + huge)).isInstanceOf(JqlException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void overlongQueriesAndListsAreRefused() {
        assertThatThrownBy(() -> parser.parse("x".repeat(JqlParser.MAX_LENGTH + 1)))
                .isInstanceOf(JqlException.class).hasMessageContaining("too long");
        StringBuilder many = new StringBuilder("issue in hashtag(t0");
        for (int i = 1; i <= JqlParser.MAX_FUNCTION_TAGS; i++) {
            many.append(", t").append(i);
        }
        assertThatThrownBy(() -> parser.parse(many + ")")).isInstanceOf(JqlException.class)
                .hasMessageContaining("at most " + JqlParser.MAX_FUNCTION_TAGS);
    }

    private void assertRefused(String jql, String message) {
        assertThatThrownBy(() -> parser.parse(jql)).isInstanceOf(JqlException.class).hasMessage(message);
    }
}
