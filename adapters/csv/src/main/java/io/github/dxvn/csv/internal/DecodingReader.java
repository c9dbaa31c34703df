package io.github.dxvn.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly: every malformed byte sequence is reported with its line and character
 * position, and replaced by U+FFFD so that reading goes on and finds every problem of the file.
 */
final class DecodingReader extends Reader {

  /** Receives the encoding errors. */
  interface Sink {
    void malformed(long line, long character, String bytes);
  }

  private final InputStream in;
  private final Sink sink;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private boolean endOfInput;
  private boolean flushed;
  private long line = 1;
  private long character = 1;
  private long position;
  private long lineStart;

  DecodingReader(InputStream in, byte[] prefix, Sink sink) {
    this.in = in;
    this.sink = sink;
    bytes.put(prefix);
    bytes.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (flushed) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    int tracked = off;
    while (out.position() == off) {
      if (!endOfInput && bytes.remaining() < 64) {
        fill();
      }
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        track(cbuf, tracked, out.position());
        tracked = out.position();
        if (!out.hasRemaining()) {
          // No room for the replacement: the next call meets the same bytes again.
          break;
        }
        StringBuilder hex = new StringBuilder();
        for (int k = 0; k < result.length(); k++) {
          hex.append(k > 0 ? " " : "").append(String.format("0x%02X", bytes.get() & 0xff));
        }
        sink.malformed(line, character, hex.toString());
        out.put('\uFFFD');
      } else if (result.isOverflow()) {
        break;
      } else if (endOfInput) {
        if (!flushed) {
          decoder.flush(out);
          flushed = true;
        }
        if (out.position() == off) {
          return -1;
        }
      } else {
        fill();
      }
    }
    track(cbuf, tracked, out.position());
    return out.position() - off;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /** Counts lines (LF; a CR LF pair counts once) and remembers where the current line starts. */
  private void track(char[] cbuf, int from, int to) {
    for (int i = from; i < to; i++) {
      if (cbuf[i] == '\n') {
        line++;
        lineStart = position + (i - from) + 1;
      }
    }
    position += to - from;
    character = position - lineStart + 1;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
