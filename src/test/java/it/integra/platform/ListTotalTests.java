package it.integra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

class ListTotalTests {

    private static List<Integer> rows(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    @Test
    void countsStopOneRowPastTheCap() {
        assertThat(ListTotal.countOf("SELECT id FROM t")).isEqualTo("SELECT count(*) FROM (SELECT id FROM t LIMIT 1001) counted");
        assertThat(ListTotal.limit(PageRequest.of(3, 20))).isEqualTo(21);
    }

    @Test
    void aTotalUpToTheCapIsExact() {
        Page<Integer> page = ListTotal.page(rows(20), PageRequest.of(0, 20), 1_000);

        assertThat(ListTotal.exact(page)).isTrue();
        assertThat(page.getTotalElements()).isEqualTo(1_000);
        assertThat(page.getTotalPages()).isEqualTo(50);
    }

    @Test
    void aTotalPastTheCapIsALowerBoundAndThePageBeyondTheCapStillHasANext() {
        Page<Integer> first = ListTotal.page(rows(21), PageRequest.of(0, 20), 1_001);
        Page<Integer> deep = ListTotal.page(rows(21), PageRequest.of(500, 20), 1_001);
        Page<Integer> end = ListTotal.page(rows(7), PageRequest.of(600, 20), 1_001);

        assertThat(ListTotal.exact(first)).isFalse();
        assertThat(first.getContent()).hasSize(20);
        assertThat(first.getTotalElements()).isEqualTo(1_001);
        assertThat(deep.getTotalElements()).isEqualTo(500 * 20 + 20 + 1);
        assertThat(deep.hasNext()).isTrue();
        assertThat(end.getTotalElements()).isEqualTo(600 * 20 + 7);
        assertThat(end.isLast()).isTrue();
    }

    @Test
    void theExtraRowIsNeverShown() {
        Page<Integer> page = ListTotal.page(rows(21), PageRequest.of(0, 20), 21);

        assertThat(page.getContent()).hasSize(20).doesNotContain(20);
        assertThat(page.getTotalElements()).isEqualTo(21);
        assertThat(ListTotal.pageOfKnownTotal(rows(21), PageRequest.of(0, 20), 7_200).getContent()).hasSize(20);
    }
}
