package io.github.dxvn.examples;

import io.github.dxvn.csv.CsvDialect;
import io.github.dxvn.csv.CsvOptions;
import io.github.dxvn.csv.LongCsv;
import io.github.dxvn.csv.SdmxCsv;
import io.github.dxvn.csv.WideCsv;
import io.github.dxvn.observation.Dataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Example: the seed dataset written in each CSV dialect and layout (long RFC 4180, long Vietnamese,
 * wide, SDMX-CSV 1.0 and 2.0), each read back and compared with the original.
 */
public final class ConvertFormats {

  private ConvertFormats() {}

  /**
   * Prints the first lines of each form and whether it reads back equal.
   *
   * @param args  ignored
   * @throws IOException if writing or reading fails
   */
  public static void main(String[] args) throws IOException {
    Dataset seed = SeedData.quangTri2023();
    CsvOptions rfc = CsvOptions.of(CsvDialect.RFC_4180);
    CsvOptions vi = CsvOptions.of(CsvDialect.VIETNAMESE);

    ByteArrayOutputStream longRfc = new ByteArrayOutputStream();
    LongCsv.writer(rfc).write(seed, longRfc);
    show("long, RFC 4180", longRfc, LongCsv.reader(CsvOptions.defaults()).read(in(longRfc), "long.csv").dataset(), seed);

    ByteArrayOutputStream longVi = new ByteArrayOutputStream();
    LongCsv.writer(vi).write(seed, longVi);
    show("long, Vietnamese Excel", longVi, LongCsv.reader(CsvOptions.defaults()).read(in(longVi), "long.vi.csv").dataset(), seed);

    ByteArrayOutputStream sdmx1 = new ByteArrayOutputStream();
    SdmxCsv.writer(rfc, SdmxCsv.Version.V1, SdmxCsv.DEFAULT_DATAFLOW).write(seed, sdmx1);
    show("SDMX-CSV 1.0", sdmx1, SdmxCsv.reader(CsvOptions.defaults()).read(in(sdmx1), "sdmx1.csv").dataset(), seed);

    ByteArrayOutputStream sdmx2 = new ByteArrayOutputStream();
    SdmxCsv.writer(rfc, SdmxCsv.Version.V2, SdmxCsv.DEFAULT_DATAFLOW).write(seed, sdmx2);
    show("SDMX-CSV 2.0", sdmx2, SdmxCsv.reader(CsvOptions.defaults()).read(in(sdmx2), "sdmx2.csv").dataset(), seed);

    // The wide layout holds values only: statuses, comparisons, ranks and sources are dropped.
    ByteArrayOutputStream wide = new ByteArrayOutputStream();
    WideCsv.writer(rfc).write(seed, wide);
    Dataset wideBack = WideCsv.reader(CsvOptions.defaults()).read(in(wide), "wide.csv").dataset();
    System.out.println("== wide (values only): " + wideBack.size() + " observations read back, values equal: "
        + sameValues(wideBack, seed));
  }

  private static ByteArrayInputStream in(ByteArrayOutputStream out) {
    return new ByteArrayInputStream(out.toByteArray());
  }

  private static void show(String name, ByteArrayOutputStream bytes, Dataset back, Dataset original) {
    String text = bytes.toString(StandardCharsets.UTF_8).replace("\uFEFF", "");
    String[] lines = text.split("\r\n");
    System.out.println("== " + name + ": " + lines.length + " lines, reads back equal: " + back.equals(original));
    System.out.println("   " + lines[0]);
    System.out.println("   " + lines[1]);
  }

  private static boolean sameValues(Dataset a, Dataset b) {
    if (a.size() != b.size()) {
      return false;
    }
    return a.observations().stream().allMatch(o -> b.find(o.key())
        .map(x -> x.value().compareTo(o.value()) == 0).orElse(false));
  }
}
