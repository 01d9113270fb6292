package com.socialitsm.hashtag;

/**
 * What importing one issue's labels (or components) as hashtags did.
 *
 * @param imported      tags added to the issue
 * @param alreadyTagged labels the issue already carried as tags (made manual, so they stay)
 * @param invalid       labels that are not hashtags (spaces, digits only, too long...) and were skipped
 * @param blocked       labels that are blocked tags and were skipped
 */
public record LabelImport(int imported, int alreadyTagged, int invalid, int blocked) {
}
