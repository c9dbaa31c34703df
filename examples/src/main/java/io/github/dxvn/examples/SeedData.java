package io.github.dxvn.examples;

import io.github.dxvn.csv.CsvDialect;
import io.github.dxvn.csv.CsvOptions;
import io.github.dxvn.csv.LongCsv;
import io.github.dxvn.observation.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The built-in seed: Quảng Trị's 27 digital transformation figures of 2023, shipped as a long CSV
 * file in the Vietnamese dialect ({@code ;} separators, {@code 99,53} decimals), each row with its
 * source, read with the CSV adapter.
 */
public final class SeedData {

  /** The resource name of the seed file, relative to this class. */
  public static final String QUANG_TRI_2023 = "quang-tri-2023.vi.csv";

  private SeedData() {}

  /**
   * Reads the Quảng Trị 2023 dataset.
   *
   * @return the dataset, validated against the standard catalog, not null
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Dataset quangTri2023() {
    try (InputStream in = SeedData.class.getResourceAsStream(QUANG_TRI_2023)) {
      if (in == null) {
        throw new IOException("No resource " + QUANG_TRI_2023);
      }
      return LongCsv.reader(CsvOptions.of(CsvDialect.VIETNAMESE)).read(in, QUANG_TRI_2023).dataset();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
