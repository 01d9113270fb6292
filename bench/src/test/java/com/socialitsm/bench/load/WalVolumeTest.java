package com.socialitsm.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WalVolumeTest {
    @Test
    void theWalOfALineIsTheDifferenceOfTheCountersDividedByItsRequests() {
        WalVolume.Counters before = new WalVolume.Counters(1_000, 10, 5_000_000);
        WalVolume.Counters after = new WalVolume.Counters(1_201_000, 40_010, 505_000_000);

        WalVolume.Counters during = after.minus(before);

        assertThat(during).isEqualTo(new WalVolume.Counters(1_200_000, 40_000, 500_000_000));
        assertThat(during.describe(12_500)).isEqualTo("500.0 MB of WAL for 12,500 requests, per request 40.0 kB in "
                + "96 records, 3.2 of them full-page images");
    }
}
