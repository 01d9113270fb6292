/**
 * The app's web layer, one copy served by Jira and by the devhost: JAX-RS resources ({@code rest}), page models and
 * templates ({@code page}), JS/CSS under {@code src/main/resources/social-itsm}. Depends on core only; javax.* stays
 * here and in jira-plugin, so the move to Jira 11's jakarta packages is mechanical.
 */
package com.socialitsm.web;
