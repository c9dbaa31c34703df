package io.github.dxvn.index;

/**
 * A step of a composite-index pipeline that transforms the data before normalisation and
 * aggregation: {@link Denominate}, {@link Impute}, {@link Screen}, {@link Treat}. Each step is an
 * immutable value with its parameters; {@link Pipeline} applies steps in order and keeps each
 * step's output as a {@link Stage}.
 *
 * <p>Steps work on the columns of the framework's indicators; other columns (denominators) pass
 * through unchanged. Implementations are immutable and thread-safe.
 */
public abstract class PipelineStep {

  PipelineStep() {}

  /**
   * Applies this step.
   *
   * @param data  the data, not null
   * @param framework  the framework whose indicators are treated, not null
   * @return the stage: the data after the step and its log, not null
   */
  abstract Stage apply(IndexData data, Framework framework);

  /**
   * Returns the name of the step with its parameters.
   *
   * @return the description, not null
   */
  @Override
  public abstract String toString();
}
