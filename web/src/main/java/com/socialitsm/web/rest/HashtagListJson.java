package com.socialitsm.web.rest;

import java.util.List;

/**
 * A list of tags: the answer of POST /hashtags/extract ({@code {"hashtags": [...]}}, normalized, in order of first
 * appearance, no duplicates).
 */
public record HashtagListJson(List<String> hashtags) {
}
