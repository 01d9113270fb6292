package com.socialitsm.web.rest;

import java.util.List;

/** Request body of POST /hashtags/ranges: {@code {"texts": ["...", "..."]}}, the texts a page shows. */
public record HashtagTextsJson(List<String> texts) {
}
