package com.socialitsm.web.rest;

import java.util.List;

import com.socialitsm.hashtag.MergeResult;

/** The answer of POST /admin/hashtags/merge and /rename: what the merge did. */
public record MergeResultJson(String into, List<String> merged, int issuesMoved, int issuesDeduplicated,
                              int followsMoved) {
    static MergeResultJson of(MergeResult result) {
        return new MergeResultJson(result.into(), result.merged(), result.issuesMoved(), result.issuesDeduplicated(),
                result.followsMoved());
    }
}
