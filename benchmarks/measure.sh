#!/bin/sh
# Whole-process comparison of NationalPipeline with the hand-written baseline, in one run.
# Usage (from the repository root, after ./mvnw -pl benchmarks -am package -DskipTests):
#   benchmarks/measure.sh FILE [ROUNDS]
# Environment: JAR (default benchmarks/target/benchmarks.jar), JAVA_FLAGS (passed to both programs,
# default none), DX_FLAGS (passed to NationalPipeline only, default none).
# Runs the two programs alternately ROUNDS times (default 5) with /usr/bin/time, checks that both
# print the same output, and prints for each the median wall time, the median of the peak resident
# set sizes (max RSS), the ratio of medians to the baseline, and the md5 of the output.
set -eu
FILE=$1
ROUNDS=${2:-5}
JAR=${JAR:-benchmarks/target/benchmarks.jar}
JAVA_FLAGS=${JAVA_FLAGS:-}
DX_FLAGS=${DX_FLAGS:-}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
echo "file=$FILE rounds=$ROUNDS nproc=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) java_flags='$JAVA_FLAGS' dx_flags='$DX_FLAGS'"
i=0
while [ "$i" -lt "$ROUNDS" ]; do
  for prog in HandWrittenPipeline NationalPipeline; do
    extra=""
    [ "$prog" = NationalPipeline ] && extra=$DX_FLAGS
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %M" -o "$TMP/time" java $JAVA_FLAGS $extra -cp "$JAR" \
      "io.github.dxvn.benchmarks.$prog" "$FILE" > "$TMP/$prog.out"
    echo "$(cat "$TMP/time")" >> "$TMP/$prog.times"
  done
  cmp -s "$TMP/HandWrittenPipeline.out" "$TMP/NationalPipeline.out" \
    || { echo "outputs differ" >&2; exit 1; }
  i=$((i + 1))
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
base_t=$(cut -d' ' -f1 "$TMP/HandWrittenPipeline.times" | median)
base_m=$(cut -d' ' -f2 "$TMP/HandWrittenPipeline.times" | median)
md5=$(md5sum < "$TMP/NationalPipeline.out" | cut -d' ' -f1)
for prog in HandWrittenPipeline NationalPipeline; do
  t=$(cut -d' ' -f1 "$TMP/$prog.times" | median)
  m=$(cut -d' ' -f2 "$TMP/$prog.times" | median)
  awk -v p="$prog" -v t="$t" -v m="$m" -v bt="$base_t" -v bm="$base_m" -v h="$md5" \
    'BEGIN {printf "%-20s wall %6.2f s  ratio %.2f  maxRSS %4d MiB  ratio %.2f  md5 %s\n", p, t, t/bt, m/1024, m/bm, h}'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
