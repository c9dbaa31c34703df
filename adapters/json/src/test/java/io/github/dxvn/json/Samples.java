package io.github.dxvn.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.measure.Unit;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

/** Sample values: part of the Quảng Trị 2023 seed (FACTS.md §1), and test helpers. */
final class Samples {

  static final String SOURCE = "Quảng Trị với công tác chuyển đổi số (2023)";

  private Samples() {}

  /** Part of the standard catalog: the indicators of the sample and those they refer to. */
  static IndicatorCatalog seedCatalog() {
    List<IndicatorDefinition> definitions = new ArrayList<>();
    for (String code : List.of("HR_COMMUNITY_TEAMS_COMMUNE", "HR_COMMUNITY_TEAMS_VILLAGE",
        "HR_COMMUNITY_TEAM_MEMBERS", "HR_MEMBERS_PER_COMMUNITY_TEAM", "INFRA_HOUSEHOLD_FIBRE_SHARE",
        "INFRA_HOUSEHOLDS_FIBRE", "CTX_HOUSEHOLDS", "ECON_ECOMMERCE_PRODUCTS", "SOC_EID_REGISTRATIONS",
        "SOC_EID_ACTIVATED", "SOC_EID_ACTIVATION_RATE")) {
      definitions.add(IndicatorCatalog.standard().get(code));
    }
    return IndicatorCatalog.of(definitions);
  }

  static Observation seed(String code, String value, Unit<?> unit) {
    return Observation.builder().unitCode("45").indicator(IndicatorCode.of(code)).period(Period.parse("2023"))
        .value(new BigDecimal(value)).unit(unit).source(SOURCE).build();
  }

  /** Part of the Quảng Trị 2023 seed. */
  static Dataset seedDataset() {
    List<Observation> observations = new ArrayList<>(List.of(
        seed("HR_COMMUNITY_TEAMS_COMMUNE", "115", AbstractUnit.ONE),
        seed("HR_COMMUNITY_TEAMS_VILLAGE", "715", AbstractUnit.ONE),
        seed("HR_COMMUNITY_TEAM_MEMBERS", "4327", AbstractUnit.ONE),
        seed("SOC_EID_REGISTRATIONS", "86936", AbstractUnit.ONE),
        seed("SOC_EID_ACTIVATED", "11768", AbstractUnit.ONE)));
    observations.add(Observation.builder().from(seed("INFRA_HOUSEHOLD_FIBRE_SHARE", "80.51", Units.PERCENT))
        .status(ObservationStatus.ESTIMATED).note("ước đạt").build());
    observations.add(Observation.builder().from(seed("ECON_ECOMMERCE_PRODUCTS", "3757", AbstractUnit.ONE))
        .rank(RankPosition.parse("6/19 in Bắc Trung Bộ và Duyên hải miền Trung")).build());
    observations.add(Observation.builder().from(seed("HR_COMMUNITY_TEAMS_COMMUNE", "100", AbstractUnit.ONE))
        .period(Period.parse("2023-Q4")).comparison(Comparison.GREATER).status(ObservationStatus.PROVISIONAL)
        .build());
    return Dataset.of(seedCatalog(), observations);
  }

  /** Returns a Jackson exception's path as a JSON Pointer, such as {@code /observations/3/value}. */
  static String pointer(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? "/" + r.getFieldName() : "/" + r.getIndex())
        .collect(Collectors.joining());
  }
}
