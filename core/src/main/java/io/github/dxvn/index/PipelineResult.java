package io.github.dxvn.index;

import java.util.List;

/**
 * The outcome of a {@link Pipeline} run: the stage of every data step, the data as normalised, and
 * the scores and ranks.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PipelineResult {

  private final List<Stage> stages;
  private final IndexData data;
  private final IndexResult result;

  PipelineResult(List<Stage> stages, IndexData data, IndexResult result) {
    this.stages = List.copyOf(stages);
    this.data = data;
    this.result = result;
  }

  /**
   * Returns the stages, one per data step, in order.
   *
   * @return the stages, unmodifiable, not null
   */
  public List<Stage> stages() {
    return stages;
  }

  /**
   * Returns the data after the last step, the input of normalisation.
   *
   * @return the data, not null
   */
  public IndexData data() {
    return data;
  }

  /**
   * Returns the scores and ranks.
   *
   * @return the result, not null
   */
  public IndexResult result() {
    return result;
  }

  /**
   * Returns the number of stages and the result.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "PipelineResult[" + stages.size() + " stages, " + result + "]";
  }
}
