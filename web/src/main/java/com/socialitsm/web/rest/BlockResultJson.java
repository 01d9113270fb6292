package com.socialitsm.web.rest;

import com.socialitsm.hashtag.BlockResult;

/**
 * The answer of PUT and DELETE /admin/hashtags/blocked/{tag}: the tag's blocked state, and from how many issues
 * blocking removed it.
 */
public record BlockResultJson(String tag, boolean blocked, int removedFromIssues) {
    static BlockResultJson of(BlockResult result) {
        return new BlockResultJson(result.tag(), result.blocked(), result.removedFromIssues());
    }
}
