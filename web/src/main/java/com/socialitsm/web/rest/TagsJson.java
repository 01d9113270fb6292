package com.socialitsm.web.rest;

import java.util.List;

/** {@code {"tags": [...]}}: tags to add to an issue (as typed), or the blocked tags an admin lists. */
public record TagsJson(List<String> tags) {
}
