package io.github.dxvn.observation;

import io.github.dxvn.indicator.IndicatorCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.measure.Unit;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

/**
 * The Quảng Trị 2023 seed (FACTS.md §1) as observations, for every test that needs it.
 * Source: "Quảng Trị với công tác chuyển đổi số", Nguyễn Trí Ánh, tinhuyquangtri.vn, 2023.
 */
public final class QuangTriSeed {

  private QuangTriSeed() {}

  public static final String QUANG_TRI = "45";
  public static final Period Y2023 = Period.parse("2023");
  public static final String REGION = "Central and Central Highlands";
  public static final String SOURCE = "https://tinhuyquangtri.vn/quang-tri-voi-cong-tac-chuyen-doi-so";

  public static Observation.Builder figure(String code, String value, Unit<?> unit) {
    return Observation.builder().unitCode(QUANG_TRI).indicator(IndicatorCode.of(code)).period(Y2023)
        .value(new BigDecimal(value)).unit(unit).source(SOURCE);
  }

  /** Every row of the table in FACTS.md §1. */
  public static List<Observation> observations() {
    Unit<?> pct = Units.PERCENT;
    Unit<?> one = AbstractUnit.ONE;
    List<Observation> all = new ArrayList<>();
    all.add(figure("INST_STEERING_COMMITTEE_COVERAGE", "100", pct).build());
    all.add(figure("INST_DX_STAFF_COVERAGE", "100", pct).build());
    all.add(figure("HR_COMMUNITY_TEAMS_COMMUNE", "115", one).build());
    all.add(figure("HR_COMMUNITY_TEAMS_VILLAGE", "715", one).build());
    all.add(figure("HR_COMMUNITY_TEAM_MEMBERS", "4327", one).build());
    all.add(figure("HR_DIGITAL_SKILLS_CLASSES", "10", one).build());
    all.add(figure("INFRA_ADULT_SMARTPHONE_SHARE", "99.53", pct).build());
    all.add(figure("INFRA_HOUSEHOLD_SMARTPHONE_SHARE", "95.22", pct)
        .note("written 95.22% with a dot decimal in the article").build());
    all.add(figure("INFRA_HOUSEHOLD_FIBRE_SHARE", "80.51", pct)
        .status(ObservationStatus.ESTIMATED).note("ước đạt").build());
    all.add(figure("INFRA_AGENCY_NETWORK_COVERAGE", "100", pct).build());
    all.add(figure("INFRA_DIGITAL_PLATFORMS", "8", one).build());
    all.add(figure("GOV_ONLINE_SERVICES_PARTIAL", "747", one).build());
    all.add(figure("GOV_ONLINE_SERVICES_FULL", "959", one).build());
    all.add(figure("ECON_DIGITAL_TECH_ENTERPRISES", "737", one).build());
    all.add(figure("ECON_EINVOICE_ENTERPRISE_SHARE", "100", pct).build());
    all.add(figure("ECON_ECOMMERCE_PRODUCTS", "3757", one).rank(RankPosition.of(6, 19, REGION)).build());
    all.add(figure("ECON_ECOMMERCE_TRANSACTIONS", "16000", one).build());
    all.add(figure("ECON_FARM_HOUSEHOLDS_TRAINED", "113335", one).build());
    all.add(figure("ECON_FARM_HOUSEHOLD_ECOMMERCE_SHARE", "55", pct).rank(RankPosition.of(4, 19, REGION)).build());
    all.add(figure("ECON_CASHLESS_HEALTH_FACILITY_SHARE", "100", pct).build());
    all.add(figure("ECON_CASHLESS_SCHOOL_SHARE", "100", pct).build());
    all.add(figure("ECON_DIGITAL_ECONOMY_GRDP_SHARE", "9.03", pct).status(ObservationStatus.ESTIMATED)
        .rank(RankPosition.of(26, 63, "national")).build());
    all.add(figure("SOC_EID_REGISTRATIONS", "86936", one).build());
    all.add(figure("SOC_EID_ACTIVATED", "11768", one).build());
    all.add(figure("SOC_PAYMENT_ACCOUNTS_ACTIVE", "487083", one).build());
    all.add(figure("SOC_POPULATION_PAYMENT_ACCOUNT_SHARE", "65", pct).comparison(Comparison.GREATER)
        .status(ObservationStatus.ESTIMATED).note("trên 65%").build());
    all.add(figure("SOC_HOUSEHOLDS_DIGITAL_ADDRESS", "137428", one).build());
    return all;
  }

}
