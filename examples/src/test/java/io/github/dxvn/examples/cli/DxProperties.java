package io.github.dxvn.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.examples.cli.DxTest.Run;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.json.DatasetJson;
import io.github.dxvn.json.ObservationWriter;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.Violation;
import io.github.dxvn.quicktheories.DxvnGens;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code dx validate} and {@code dx convert} on generated datasets, valid and with one broken rule. */
class DxProperties {

  private static final DatasetJson JSON = DatasetJson.create();

  @Test
  void validDataValidatesCleanlyAndConvertsBothWaysUnchanged() {
    qt().withExamples(15).forAll(DxvnGens.validObservationLists()).checkAssert(list -> inDirectory(dir -> {
      Dataset dataset = Dataset.of(list);
      Path json = dir.resolve("data.json");
      JSON.write(dataset, json);
      Run valid = DxTest.dx("validate", json.toString());
      assertEquals(0, valid.exit(), valid.err());
      assertEquals("", valid.err());
      Path csv = dir.resolve("data.vi.csv");
      Path back = dir.resolve("back.json");
      assertEquals(0, DxTest.dx("convert", json.toString(), csv.toString()).exit());
      assertEquals(0, DxTest.dx("convert", csv.toString(), back.toString()).exit());
      assertEquals(dataset, JSON.read(back));
    }));
  }

  @Test
  void eachBrokenRuleFailsValidationAndConvertWritesNothing() {
    for (Violation.Rule rule : List.of(Violation.Rule.PART_EXCEEDS_WHOLE, Violation.Rule.OUT_OF_RANGE,
        Violation.Rule.NOT_INTEGRAL, Violation.Rule.UNIT_MISMATCH, Violation.Rule.DERIVED_STORED,
        Violation.Rule.DUPLICATE_KEY)) {
      qt().withExamples(5).forAll(DxvnGens.datasetsWithOneViolation(rule)).checkAssert(list -> inDirectory(dir -> {
        Path json = dir.resolve("data.json");
        // The streaming writer checks nothing across observations, so it writes what Dataset.of refuses.
        try (OutputStream out = Files.newOutputStream(json);
            ObservationWriter writer = JSON.openWriter(out, IndicatorCatalog.standard())) {
          for (Observation o : list) {
            writer.write(o);
          }
        }
        Run invalid = DxTest.dx("validate", json.toString());
        assertEquals(1, invalid.exit(), rule + ": " + invalid.err());
        assertTrue(invalid.errLines().stream().anyMatch(l -> l.startsWith(json + ":") && l.contains(": error: ")),
            rule + ": " + invalid.err());
        Path csv = dir.resolve("out.csv");
        assertEquals(1, DxTest.dx("convert", json.toString(), csv.toString()).exit(), rule.toString());
        assertFalse(Files.exists(csv), rule.toString());
      }));
    }
  }

  /** Something done with files in a directory of its own. */
  interface InDirectory {
    void run(Path dir) throws IOException;
  }

  static void inDirectory(InDirectory body) {
    try {
      Path dir = Files.createTempDirectory("dx-properties");
      try {
        body.run(dir);
      } finally {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(f);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
