package io.github.dxvn.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Runs every example program and checks what it prints, so that the examples cannot rot. */
@Isolated // the examples print to System.out
class ExamplesTest {

  /** The body of a main method. */
  @FunctionalInterface
  interface Main {
    void run(String[] args) throws Exception;
  }

  static String run(Main main) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.run(new String[0]);
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  static List<String> lines(String text) {
    return List.of(text.split("\\R"));
  }

  @Test
  void quangTriScorecardInBothLanguages() throws Exception {
    String out = run(QuangTriScorecard::main);
    assertTrue(out.startsWith("Thẻ điểm chuyển đổi số: Tỉnh Quảng Trị (mã 45), năm 2023\n"), out);
    assertTrue(out.contains("\nDigital transformation scorecard: Tỉnh Quảng Trị (code 45), 2023\n"), out);
    // Vietnamese numbers in vi mode, English in en mode
    assertTrue(out.contains("ECON_FARM_HOUSEHOLDS_TRAINED         113.335"), out);
    assertTrue(out.contains("ECON_FARM_HOUSEHOLDS_TRAINED         113,335"), out);
    // all 27 figures and the 3 derived ones, in each language
    assertEquals(2 * 30, lines(out).stream().filter(l -> l.matches("  [A-Z_]+ +.*")).count(), out);
    assertTrue(out.contains("HR_MEMBERS_PER_COMMUNITY_TEAM        5,21"), out);
    assertTrue(out.contains("9,03 %    = 20 % năm 2025 (411/QĐ-TTg) chưa đạt       45 % mục tiêu"), out);
    assertTrue(out.contains("99.53 %   = 95 % by 2030 (411/QĐ-TTg) met            105 % of target"), out);
  }

  @Test
  void rankProvincesSharesRanksBetweenTies() throws Exception {
    List<String> out = lines(run(RankProvinces::main));
    assertTrue(out.get(2).startsWith("1/5   48     0.8002"), out.get(2));
    assertTrue(out.get(3).startsWith("2/5   X01    0.6750"), out.get(3));
    assertTrue(out.get(4).startsWith("2/5   X02    0.6750"), out.get(4));
    assertTrue(out.get(5).startsWith("2/5   X03    0.6750"), out.get(5));
    assertTrue(out.get(6).startsWith("5/5   X04    0.6450"), out.get(6));
    assertTrue(out.get(7).contains("SYNTHETIC"), out.get(7));
  }

  @Test
  void composeIndexReproducesThePublishedScores() throws Exception {
    String out = run(ComposeIndex::main);
    assertTrue(out.contains("  FI    69.60\n  DK    69.33\n  NL    67.37\n  EU    52.28\n"), out);
    for (String head : List.of("CHE   68.38     1", "NLD   64.82     2", "DNK   64.80     3", "NOR   64.47     4",
        "BEL   63.54     5", "SWE   63.00     6")) {
      assertTrue(out.contains("  " + head), head + " in " + out);
    }
    // the uncertainty analysis is seeded: the same interval every run
    assertTrue(out.contains("  CHE   68.38     1     1.0  1-1"), out);
  }

  @Test
  void mergeProvincesAddsCountsAndLeavesSharesOut() throws Exception {
    String out = run(MergeProvinces::main).replaceAll(" +", " ");
    assertTrue(out.contains("\nHR_COMMUNITY_TEAM_MEMBERS 4327 6000 10327\n"), out);
    assertTrue(out.contains("\nSOC_EID_REGISTRATIONS 86936 100000 186936\n"), out);
    // a share is never averaged: without its numerators and denominators it is not re-based
    assertTrue(out.contains("\nINFRA_HOUSEHOLD_FIBRE_SHARE 80.51 78 -\n"), out);
    assertTrue(out.contains("RATIO_INPUTS_MISSING="), out);
    assertTrue(out.contains("SYNTHETIC"), out);
  }

  @Test
  void convertFormatsReadsEveryFormBackEqual() throws Exception {
    String out = run(ConvertFormats::main);
    for (String form : List.of("long, RFC 4180", "long, Vietnamese Excel", "SDMX-CSV 1.0", "SDMX-CSV 2.0")) {
      assertTrue(out.contains("== " + form + ": 28 lines, reads back equal: true"), form + " in " + out);
    }
    assertTrue(out.contains("   45;ECON_CASHLESS_HEALTH_FACILITY_SHARE;2023;100;%;A;"), out);
    assertTrue(out.contains("== wide (values only): 27 observations read back, values equal: true"), out);
  }
}
