package com.socialitsm.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void wikiAndAtMentions() {
        assertEquals(List.of("alice", "bob"), Mentions.names("Hi [~alice], can @bob look?"));
        assertEquals(List.of("alice"), Mentions.names("thanks @alice. And [~alice] again, @alice!"));
        assertEquals(List.of("bob@example.com"), Mentions.names("[~bob@example.com] please"));
        assertEquals(List.of("carol"), Mentions.names("(@carol)"));
        assertEquals(List.of("dave"), Mentions.names("@dave"));
    }

    @Test
    void emailsAreNotMentions() {
        assertEquals(List.of(), Mentions.names("mail bob@example.com or a.b@c.de"));
        assertEquals(List.of(), Mentions.names("@ alone, @@, @."));
    }

    @Test
    void codeAndUrlsAreSkipped() {
        assertEquals(List.of(), Mentions.names("{code}@alice [~alice]{code}"));
        assertEquals(List.of(), Mentions.names("{noformat}@alice{noformat}"));
        assertEquals(List.of(), Mentions.names("run `git blame @alice`"));
        assertEquals(List.of(), Mentions.names("```\n@Override [~alice]\n```"));
        assertEquals(List.of(), Mentions.names("{{@alice}}"));
        assertEquals(List.of(), Mentions.names("see https://example.com/@alice"));
        assertEquals(List.of("bob"), Mentions.names("{code}@alice{code} and @bob"));
    }

    @Test
    void brokenWikiMentionsAreNotMentions() {
        assertEquals(List.of(), Mentions.names("[~alice"));
        assertEquals(List.of(), Mentions.names("[~]"));
        assertEquals(List.of(), Mentions.names("[~ali\nce]"));
    }

    @Test
    void boundedCount() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            text.append("@u").append(i).append(' ');
        }
        assertEquals(Mentions.MAX_MENTIONS, Mentions.names(text).size());
    }
}
