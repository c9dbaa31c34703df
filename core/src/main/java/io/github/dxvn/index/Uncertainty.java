package io.github.dxvn.index;

import io.github.dxvn.ranking.Ranker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A Monte Carlo uncertainty analysis of the ranks at one node: every replication draws the
 * uncertain assumptions (weights perturbed by up to ±x %, a normalisation, an aggregation, a
 * winsorisation limit), recomputes the index and ranks the units (competition ranks).
 *
 * <p>Replication r draws from its own {@link SplittableRandom}, seeded with the r-th long of a
 * generator seeded with the analysis seed, so results depend only on the seed and the number of
 * replications, and the parallel path gives exactly the sequential result. Within a replication the
 * draws come in a fixed order: one uniform per node weight (in node order), then the normalisation,
 * the aggregation and the winmax.
 *
 * <pre>{@code
 * UncertaintyResult u = Uncertainty.of(1000, 42).withWeightNoise(0.25)
 *     .withAggregations(List.of(Aggregation.arithmetic(), Aggregation.geometric()))
 *     .run(pipeline, data, "Index");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Uncertainty {

  private final int replications;
  private final long seed;
  private final double weightNoise;
  private final List<Normalisation> normalisations;
  private final List<Aggregation> aggregations;
  private final int[] winmax;
  private final boolean parallel;

  private Uncertainty(int replications, long seed, double weightNoise,
      List<Normalisation> normalisations, List<Aggregation> aggregations, int[] winmax,
      boolean parallel) {
    this.replications = replications;
    this.seed = seed;
    this.weightNoise = weightNoise;
    this.normalisations = normalisations;
    this.aggregations = aggregations;
    this.winmax = winmax;
    this.parallel = parallel;
  }

  /**
   * Obtains an analysis with no uncertain assumption yet, run sequentially.
   *
   * @param replications  the number of replications, at least 1
   * @param seed  the seed
   * @return the analysis, not null
   * @throws IllegalArgumentException if replications is less than 1
   */
  public static Uncertainty of(int replications, long seed) {
    if (replications < 1) {
      throw new IllegalArgumentException("Invalid value for replications (valid values 1 - "
          + Integer.MAX_VALUE + "): " + replications);
    }
    return new Uncertainty(replications, seed, 0, List.of(), List.of(), new int[0], false);
  }

  /**
   * Returns a copy that perturbs every node's weight by a uniform factor in [1 − x, 1 + x].
   *
   * @param share  x, from 0 to 1 (0.25 for ±25 %)
   * @return the analysis, not null
   * @throws IllegalArgumentException if the share is outside 0..1
   */
  public Uncertainty withWeightNoise(double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("Invalid value for share (valid values 0 - 1): " + share);
    }
    return new Uncertainty(replications, seed, share, normalisations, aggregations, winmax,
        parallel);
  }

  /**
   * Returns a copy that draws, with equal probability, one normalisation for all indicators.
   *
   * @param alternatives  the normalisations, not null, empty to keep the framework's
   * @return the analysis, not null
   */
  public Uncertainty withNormalisations(List<Normalisation> alternatives) {
    return new Uncertainty(replications, seed, weightNoise,
        List.copyOf(Objects.requireNonNull(alternatives, "alternatives")), aggregations, winmax,
        parallel);
  }

  /**
   * Returns a copy that draws, with equal probability, one aggregation for all aggregates.
   *
   * @param alternatives  the aggregations, not null, empty to keep the framework's
   * @return the analysis, not null
   */
  public Uncertainty withAggregations(List<Aggregation> alternatives) {
    return new Uncertainty(replications, seed, weightNoise, normalisations,
        List.copyOf(Objects.requireNonNull(alternatives, "alternatives")), winmax, parallel);
  }

  /**
   * Returns a copy that draws, with equal probability, the winmax of the pipeline's {@link Treat}
   * steps.
   *
   * @param alternatives  the limits, not null, each at least 0, empty to keep the pipeline's
   * @return the analysis, not null
   * @throws IllegalArgumentException if a limit is negative
   */
  public Uncertainty withWinmax(int... alternatives) {
    Objects.requireNonNull(alternatives, "alternatives");
    for (int w : alternatives) {
      if (w < 0) {
        throw new IllegalArgumentException(
            "Invalid value for winmax (valid values 0 - " + Integer.MAX_VALUE + "): " + w);
      }
    }
    return new Uncertainty(replications, seed, weightNoise, normalisations, aggregations,
        alternatives.clone(), parallel);
  }

  /**
   * Returns a copy that runs replications in parallel (same result as sequentially).
   *
   * @param parallel  true to use the common fork-join pool
   * @return the analysis, not null
   */
  public Uncertainty withParallel(boolean parallel) {
    return new Uncertainty(replications, seed, weightNoise, normalisations, aggregations, winmax,
        parallel);
  }

  /**
   * Returns the number of replications.
   *
   * @return the count, at least 1
   */
  public int replications() {
    return replications;
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the share by which weights are perturbed.
   *
   * @return x of ±x, from 0 to 1
   */
  public double weightNoise() {
    return weightNoise;
  }

  /**
   * Returns the normalisations drawn from.
   *
   * @return the alternatives, empty if the framework's are kept, unmodifiable, not null
   */
  public List<Normalisation> normalisations() {
    return normalisations;
  }

  /**
   * Returns the aggregations drawn from.
   *
   * @return the alternatives, empty if the framework's are kept, unmodifiable, not null
   */
  public List<Aggregation> aggregations() {
    return aggregations;
  }

  /**
   * Returns the winsorisation limits drawn from.
   *
   * @return a new array, empty if the pipeline's are kept, not null
   */
  public int[] winmax() {
    return winmax.clone();
  }

  /**
   * Checks whether replications run in parallel.
   *
   * @return true if parallel
   */
  public boolean isParallel() {
    return parallel;
  }

  /**
   * Runs the analysis on a framework alone (no data steps).
   *
   * @param framework  the framework, not null
   * @param data  the data, not null
   * @param node  the code of the node whose ranks are analysed, not null
   * @return the result, not null
   * @throws IllegalArgumentException if the node is unknown
   * @throws IndexComputationException if a replication cannot be computed
   */
  public UncertaintyResult run(Framework framework, IndexData data, String node) {
    Objects.requireNonNull(framework, "framework");
    return run(Pipeline.of(framework, List.of()), data, node);
  }

  /**
   * Runs the analysis on a pipeline: its data steps, then its framework.
   *
   * @param pipeline  the pipeline, not null
   * @param data  the raw data, not null
   * @param node  the code of the node whose ranks are analysed, not null
   * @return the result, not null
   * @throws IllegalArgumentException if the node is unknown
   * @throws IndexComputationException if a replication cannot be computed
   */
  public UncertaintyResult run(Pipeline pipeline, IndexData data, String node) {
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(node, "node");
    Framework f = pipeline.framework();
    int target = f.indexOf(node);
    PipelineResult nominal = pipeline.run(data);
    IndexData prepared = nominal.data();
    int[] nominalRanks = rank(nominal.result().scoresAt(target), f, target);
    SplittableRandom master = new SplittableRandom(seed);
    long[] seeds = new long[replications];
    for (int r = 0; r < replications; r++) {
      seeds[r] = master.nextLong();
    }
    int[][] ranks = new int[replications][];
    IntStream range = IntStream.range(0, replications);
    (parallel ? range.parallel() : range).forEach(
        r -> ranks[r] = replicate(pipeline, data, prepared, target, new SplittableRandom(seeds[r])));
    return new UncertaintyResult(prepared.units(), nominalRanks, ranks);
  }

  private int[] replicate(Pipeline pipeline, IndexData raw, IndexData prepared, int target,
      SplittableRandom random) {
    Framework f = pipeline.framework();
    double[] weights = new double[f.nodeCount()];
    for (int i = 0; i < weights.length; i++) {
      double u = random.nextDouble(-1, 1);
      weights[i] = f.nodes().get(i).weight() * (1 + weightNoise * u);
    }
    Normalisation n = normalisations.isEmpty() ? null
        : normalisations.get(random.nextInt(normalisations.size()));
    Aggregation a = aggregations.isEmpty() ? null
        : aggregations.get(random.nextInt(aggregations.size()));
    IndexData data = prepared;
    if (winmax.length > 0) {
      int w = winmax[random.nextInt(winmax.length)];
      List<PipelineStep> steps = new ArrayList<>();
      for (PipelineStep s : pipeline.steps()) {
        steps.add(s instanceof Treat ? ((Treat) s).withDefaultWinmax(w) : s);
      }
      data = Pipeline.of(f, steps).run(raw).data();
    }
    IndexResult result = f.compute(data, weights, new Framework.Settings(n, a));
    return rank(result.scoresAt(target), f, target);
  }

  private static int[] rank(double[] scores, Framework f, int node) {
    return Ranker.competition().withPolarity(f.rankingPolarity(node)).rank(scores).toIntArray();
  }

  /**
   * Returns a description of the assumptions.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Uncertainty[" + replications + " replications, seed " + seed + ", weights ±"
        + weightNoise + ", normalisations " + normalisations + ", aggregations " + aggregations
        + ", winmax " + Arrays.toString(winmax) + (parallel ? ", parallel]" : "]");
  }
}
