/**
 * The composition root: {@link com.socialitsm.app.SocialApp} builds every feature service once from a host's ports
 * and the {@link com.socialitsm.engine.SocialEngine} with each feature's step. It sits on top of the package graph
 * and may depend on every package of {@code core}; no package of {@code core} depends on it. Hosts (the Jira app,
 * the devhost, tests and benchmarks) build one and ask it for services.
 */
package com.socialitsm.app;
