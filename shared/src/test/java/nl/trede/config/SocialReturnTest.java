package nl.trede.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a municipality's SROI policy asks of one employer's contract (002 §3.2.5, 004 §4.4). */
class SocialReturnTest {
  @Test
  void lansingerlandAsksFivePercentOfEveryContract() {
    SocialReturn lansingerland = new SocialReturn(BigDecimal.valueOf(5), null, "002 §3.2.5");

    assertThat(lansingerland.owed(new BigDecimal("250000"))).isEqualTo(
        new SocialReturn.Owed(true, new BigDecimal("12500.00")));
    assertThat(lansingerland.owed(new BigDecimal("1234.56")).amount()).isEqualByComparingTo("61.73");
  }

  @Test
  void wijchenAsksOnlyAboveTwoHundredThousandAndNamesNoAmount() {
    SocialReturn wijchen = new SocialReturn(null, BigDecimal.valueOf(200000), "004 §4.4");

    assertThat(wijchen.owed(new BigDecimal("200000"))).isEqualTo(new SocialReturn.Owed(false, null));
    assertThat(wijchen.owed(new BigDecimal("200000.01"))).isEqualTo(new SocialReturn.Owed(true, null));
  }
}
