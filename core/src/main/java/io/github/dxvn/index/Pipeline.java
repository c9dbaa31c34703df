package io.github.dxvn.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A composite-index pipeline: data steps ({@link Denominate}, {@link Impute}, {@link Screen},
 * {@link Treat}) applied in order, then the framework's normalisation and aggregation.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(framework, List.of(Denominate.fromMeta(meta),
 *     Impute.groupMean("EurAsia_group"), Screen.byAvailability(0.9), Treat.coinrDefault()));
 * PipelineResult r = p.run(data);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Pipeline {

  private final Framework framework;
  private final List<PipelineStep> steps;

  private Pipeline(Framework framework, List<PipelineStep> steps) {
    this.framework = framework;
    this.steps = steps;
  }

  /**
   * Obtains a pipeline.
   *
   * @param framework  the framework that normalises and aggregates, not null
   * @param steps  the data steps in order, not null, no null element, may be empty
   * @return the pipeline, not null
   */
  public static Pipeline of(Framework framework, List<? extends PipelineStep> steps) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(steps, "steps");
    return new Pipeline(framework, List.copyOf(steps));
  }

  /**
   * Returns the framework.
   *
   * @return the framework, not null
   */
  public Framework framework() {
    return framework;
  }

  /**
   * Returns the data steps.
   *
   * @return the steps in order, unmodifiable, not null
   */
  public List<PipelineStep> steps() {
    return steps;
  }

  /**
   * Runs the pipeline.
   *
   * @param data  the raw data, not null, with a column for every indicator of the framework and
   *     every column the steps refer to
   * @return every stage and the final result, not null
   * @throws IllegalArgumentException if a column or group is missing
   * @throws IndexComputationException if a value cannot be computed
   */
  public PipelineResult run(IndexData data) {
    Objects.requireNonNull(data, "data");
    List<Stage> stages = new ArrayList<>();
    IndexData current = data;
    for (PipelineStep step : steps) {
      Stage s = step.apply(current, framework);
      stages.add(s);
      current = s.data();
    }
    return new PipelineResult(stages, current, framework.compute(current));
  }

  /**
   * Returns the steps and the framework.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Pipeline" + steps + " " + framework;
  }
}
