package com.socialitsm.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageCacheTest {
    @Test
    void fincoresLinesAreSummedOverEveryFile() {
        // fincore --bytes --noheadings --raw --output RES,SIZE: resident bytes, then the file's size.
        PageCache.Residency residency = PageCache.parse("1073741824 1073741824\n0 536870912\n  8192 16384\n", 1.25);

        assertThat(residency.cachedBytes()).isEqualTo(1_073_750_016L);
        assertThat(residency.totalBytes()).isEqualTo(1_610_629_120L);
        assertThat(residency.describe())
                .isEqualTo("the data set's files 67% in the page cache (1.1 of 1.6 GB), load average 1.3");
    }

    @Test
    void noFilesIsNoShareRatherThanADivisionByZero() {
        assertThat(PageCache.parse("", 0.5).describe()).startsWith("the data set's files 0% in the page cache");
    }
}
