/**
 * Idea boards: per project, users submit ideas (Markdown, hashtags), vote once each, comment; agents set a status
 * with a public reason and turn an idea into an issue of the host. Voters, commenters and the author follow the idea,
 * so status changes reach their feeds. A viewer sees a board only if they may browse its project.
 * Depends on {@code activity}, {@code follow}, {@code host}, {@code qa} (the one safe Markdown renderer), {@code store},
 * {@code tag} and {@code outcome}.
 */
package com.socialitsm.idea;
