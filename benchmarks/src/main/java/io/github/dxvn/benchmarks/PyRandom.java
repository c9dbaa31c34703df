package io.github.dxvn.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * An exact port of CPython's {@code random.Random} for the methods the Python generator uses:
 * seeding with a string (version 2: the UTF-8 bytes followed by their SHA-512 digest, read as a
 * big-endian integer and fed to MT19937's {@code init_by_array}), {@code random()} (53 bits from
 * two 32-bit outputs) and {@code gauss(0, 1)} (Box–Muller with the second value kept for the next
 * call).
 *
 * <p>This class is mutable and not thread-safe.
 */
final class PyRandom {

  private static final int N = 624;
  private static final int M = 397;
  private final int[] mt = new int[N];
  private int mti;
  private double gaussNext = Double.NaN;

  /**
   * Seeds as {@code random.Random(seed)} does for a {@code str}.
   *
   * @param seed  the seed text, not null, not starting with a NUL character
   */
  PyRandom(String seed) {
    byte[] text = seed.getBytes(StandardCharsets.UTF_8);
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-512").digest(text);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] all = new byte[text.length + digest.length];
    System.arraycopy(text, 0, all, 0, text.length);
    System.arraycopy(digest, 0, all, text.length, digest.length);
    // the big integer's 32-bit words, least significant first
    int words = (all.length + 3) / 4;
    int[] key = new int[words];
    for (int w = 0; w < words; w++) {
      int v = 0;
      for (int b = 3; b >= 0; b--) {
        int at = all.length - 1 - (w * 4 + b);
        v = (v << 8) | (at >= 0 ? all[at] & 0xff : 0);
      }
      key[w] = v;
    }
    initByArray(key);
  }

  private void initGenrand(int s) {
    mt[0] = s;
    for (mti = 1; mti < N; mti++) {
      mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
    }
  }

  private void initByArray(int[] key) {
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  private int next32() {
    if (mti >= N) {
      int kk;
      for (kk = 0; kk < N - M; kk++) {
        int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      }
      int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      mti = 0;
    }
    int y = mt[mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  /** {@code random.random()}: a double in [0, 1) with 53 random bits. */
  double random() {
    long a = (next32() & 0xffffffffL) >>> 5;
    long b = (next32() & 0xffffffffL) >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** {@code random.gauss(0.0, 1.0)}. */
  double gauss() {
    double z = gaussNext;
    gaussNext = Double.NaN;
    if (Double.isNaN(z)) {
      double x2pi = random() * (2 * Math.PI);
      double g2rad = Math.sqrt(-2.0 * StrictMath.log(1.0 - random()));
      z = StrictMath.cos(x2pi) * g2rad;
      gaussNext = StrictMath.sin(x2pi) * g2rad;
    }
    return 0.0 + z * 1.0;
  }
}
