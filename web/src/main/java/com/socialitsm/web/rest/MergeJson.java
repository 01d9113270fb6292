package com.socialitsm.web.rest;

import java.util.List;

/** Request body of POST /admin/hashtags/merge: {@code {"from": ["vpnissue"], "into": "vpn"}}. */
public record MergeJson(List<String> from, String into) {
}
