package com.socialitsm.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;

class OutcomesTest {
    @Test
    void aDoneOutcomeIsItsValue() {
        assertThat(Outcomes.value(Outcome.done("SD-1"))).isEqualTo("SD-1");
    }

    @Test
    void eachProblemHasOneStatusAndTheRefusalKeepsItsCodeAndMessage() {
        Map<Problem, Integer> statuses = Map.of(Problem.INVALID, 400, Problem.NOT_LOGGED_IN, 401, Problem.FORBIDDEN,
                403, Problem.NOT_FOUND, 404, Problem.CONFLICT, 409, Problem.LIMITED, 429);
        assertThat(statuses).containsOnlyKeys(Problem.values());
        statuses.forEach((problem, status) -> {
            ApiException refused = catchThrowableOfType(ApiException.class,
                    () -> Outcomes.value(Outcome.refused(problem, "some_code", "A sentence.")));
            assertThat(refused.status()).isEqualTo(status);
            assertThat(refused.code()).isEqualTo("some_code");
            assertThat(refused.getMessage()).isEqualTo("A sentence.");
        });
    }
}
