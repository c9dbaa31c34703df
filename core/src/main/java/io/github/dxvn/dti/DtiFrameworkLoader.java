package io.github.dxvn.dti;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.internal.SimpleCsv;
import io.github.dxvn.legal.DocumentNumber;
import io.github.dxvn.legal.LegalDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the shipped frameworks from three resources next to this class: one row per framework
 * ({@code dti-frameworks.csv}), per group or pillar ({@code dti-groups.csv}) and per main indicator
 * (the copied {@code dti_922_provincial_structure.csv}, with dxvn's columns appended). Every problem
 * found is reported, with file and line.
 */
final class DtiFrameworkLoader {

  private static volatile List<DtiFramework> standard;

  private DtiFrameworkLoader() {}

  static List<DtiFramework> standard() {
    List<DtiFramework> frameworks = standard;
    if (frameworks == null) {
      frameworks = load(DtiFrameworkLoader.class, "dti-frameworks.csv", "dti-groups.csv",
          "dti_922_provincial_structure.csv");
      standard = frameworks;
    }
    return frameworks;
  }

  /** Loads frameworks from three resources next to an anchor class (tests use bad ones). */
  static List<DtiFramework> load(Class<?> anchor, String frameworkFile, String groupFile, String indicatorFile) {
    List<String> problems = new ArrayList<>();
    Map<String, List<DtiMainIndicator>> indicators = new LinkedHashMap<>();
    SimpleCsv structure = SimpleCsv.readResource(anchor, indicatorFile);
    for (SimpleCsv.Row row : structure.rows()) {
      try {
        String scored = row.require("scored");
        DtiMainIndicator indicator = DtiMainIndicator.builder()
            .code(IndicatorCode.of(row.require("code")))
            .nameVi(row.require("main_indicator_vi"))
            .nameEn(row.require("main_indicator_en"))
            .componentCount(Integer.parseInt(row.require("component_indicators")))
            .maxPoints(new BigDecimal(row.require("max_points")))
            .scored(yesNo(row, scored))
            .source(row.require("source_url"))
            .build();
        indicators.computeIfAbsent(key(row.require("framework_name"), row.require("group_code")),
            k -> new ArrayList<>()).add(indicator);
      } catch (RuntimeException e) {
        problems.add(message(structure, row, e));
      }
    }
    Map<String, List<DtiGroup>> groups = new LinkedHashMap<>();
    SimpleCsv groupCsv = SimpleCsv.readResource(anchor, groupFile);
    for (SimpleCsv.Row row : groupCsv.rows()) {
      try {
        String framework = row.require("framework");
        String code = row.require("code");
        List<DtiMainIndicator> own = indicators.remove(key(framework, code));
        DtiGroup.Builder group = DtiGroup.builder()
            .code(IndicatorCode.of(code))
            .nameVi(row.require("name_vi"))
            .nameEn(row.require("name_en"))
            .declaredMainIndicatorCount(Integer.parseInt(row.require("main_indicators")))
            .addAllMainIndicators(own == null ? List.of() : own)
            .source(row.require("source_url"));
        if (!row.get("weight").isEmpty()) {
          group.weight(new BigDecimal(row.get("weight")));
        }
        if (!row.get("weight_basis").isEmpty()) {
          group.weightBasis(WeightBasis.valueOf(row.get("weight_basis")));
        }
        groups.computeIfAbsent(framework, k -> new ArrayList<>()).add(group.build());
      } catch (RuntimeException e) {
        problems.add(message(groupCsv, row, e));
      }
    }
    indicators.keySet().forEach(k -> problems.add(structure.name() + ": main indicators of unknown group " + k));
    List<DtiFramework> frameworks = new ArrayList<>();
    SimpleCsv frameworkCsv = SimpleCsv.readResource(anchor, frameworkFile);
    for (SimpleCsv.Row row : frameworkCsv.rows()) {
      try {
        String name = row.require("name");
        List<DtiGroup> own = groups.remove(name);
        DtiFramework.Builder framework = DtiFramework.builder()
            .name(name)
            .document(LegalDocument.builder()
                .number(DocumentNumber.parse(row.require("document_number")))
                .signingDate(LocalDate.parse(row.require("issued")))
                .titleVi(row.require("document_title_vi"))
                .build())
            .addAllGroups(own == null ? List.of() : own)
            .source(row.require("source_url"));
        if (!row.get("first_assessment_year").isEmpty()) {
          framework.firstAssessmentYear(Integer.parseInt(row.get("first_assessment_year")));
        }
        if (!row.get("last_assessment_year").isEmpty()) {
          framework.lastAssessmentYear(Integer.parseInt(row.get("last_assessment_year")));
        }
        if (!row.get("method").isEmpty()) {
          framework.method(ScoringMethod.valueOf(row.get("method")));
        }
        if (!row.get("total_points").isEmpty()) {
          framework.totalPoints(new BigDecimal(row.get("total_points")));
        }
        if (!row.get("main_indicators").isEmpty()) {
          framework.declaredMainIndicatorCount(Integer.parseInt(row.get("main_indicators")));
        }
        if (!row.get("component_indicators").isEmpty()) {
          framework.declaredComponentCount(Integer.parseInt(row.get("component_indicators")));
        }
        if (!row.get("note").isEmpty()) {
          framework.note(row.get("note"));
        }
        frameworks.add(framework.build());
      } catch (RuntimeException e) {
        problems.add(message(frameworkCsv, row, e));
      }
    }
    groups.keySet().forEach(k -> problems.add(groupCsv.name() + ": groups of unknown framework " + k));
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("\n", problems));
    }
    return List.copyOf(frameworks);
  }

  private static boolean yesNo(SimpleCsv.Row row, String text) {
    // The source writes "yes", or "no (Không tính điểm)" for the unscored smart city.
    if (text.equals("yes")) {
      return true;
    }
    if (text.startsWith("no")) {
      return false;
    }
    throw row.error("scored must be yes or no, not '" + text + "'");
  }

  private static String key(String framework, String group) {
    return framework + "/" + group;
  }

  private static String message(SimpleCsv csv, SimpleCsv.Row row, RuntimeException e) {
    // Rows report their own file and line (SimpleCsv.Row#error); other exceptions get them here.
    String prefix = csv.name() + ":" + row.line() + ": ";
    return e.getMessage().startsWith(prefix) ? e.getMessage() : prefix + e.getMessage();
  }
}
