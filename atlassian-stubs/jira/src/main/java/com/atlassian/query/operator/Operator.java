// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/query/operator/Operator.html (Jira 10.3 javadoc of jira-api, enum com.atlassian.query.operator.Operator); compiled against by atlascommunity/jira-plugins-groovy https://github.com/atlascommunity/jira-plugins-groovy/blob/0021eff165f5fb37fff4c7fba0cb7f7831901b9e/src/main/java/ru/mail/jira/plugins/groovy/impl/jql/JqlFieldSearcher.java (ImmutableSet.of(Operator.IN))
// Confidence: [V] the constants below; Jira's enum has more (relational, WAS, CHANGED), left out as unused
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.query.operator;

public enum Operator {
    LIKE,
    NOT_LIKE,
    EQUALS,
    NOT_EQUALS,
    IN,
    NOT_IN,
    IS,
    IS_NOT
}
