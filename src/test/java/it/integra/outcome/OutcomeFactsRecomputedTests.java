package it.integra.outcome;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every test of {@link OutcomeFactsTests} again, with every refresh of facts after a contracts import
 * recomputing all of them, as an import that touches most participants does (in parallel, through a
 * temporary table, the table emptied and its indexes built again): the facts must come out the same.
 */
@SpringBootTest(properties = {"integra.outcome.bulk.rows=1", "integra.outcome.bulk.share=0",
    "integra.outcome.bulk.recompute-share=0"})
class OutcomeFactsRecomputedTests extends OutcomeFactsTests {
}
