package io.github.dxvn.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/**
 * A progress bar on standard error while a large file is read from a terminal: the bytes read out of
 * the file's size, redrawn in place at most every whole per cent, erased at the end.
 */
final class Progress extends FilterInputStream {

  /** Files smaller than this are read without a bar. */
  static final long LARGE_FILE = 8L * 1024 * 1024;
  private static final int WIDTH = 30;

  private final long size;
  private final String name;
  private final PrintWriter err;
  private long read;
  private int shown = -1;

  private Progress(InputStream in, long size, String name, PrintWriter err) {
    super(in);
    this.size = size;
    this.name = name;
    this.err = err;
  }

  /**
   * Wraps a stream with a bar when standard input and output are a terminal and the file is large.
   *
   * @param in  the file's bytes
   * @param size  the file's size in bytes
   * @param name  the name to show
   * @param err  where the bar goes
   * @return the stream to read
   */
  static InputStream monitor(InputStream in, long size, String name, PrintWriter err) {
    return System.console() != null && size >= LARGE_FILE ? new Progress(in, size, name, err) : in;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    advance(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    advance(Math.max(n, 0));
    return n;
  }

  private void advance(int n) {
    read += n;
    int percent = (int) Math.min(100, read * 100 / size);
    if (percent != shown) {
      shown = percent;
      int filled = percent * WIDTH / 100;
      err.print("\r" + name + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + " %");
      err.flush();
    }
  }

  @Override
  public void close() throws IOException {
    super.close();
    if (shown >= 0) {
      err.print("\r" + " ".repeat(name.length() + WIDTH + 10) + "\r");
      err.flush();
      shown = -1;
    }
  }
}
