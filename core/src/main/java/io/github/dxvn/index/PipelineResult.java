package io.github.dxvn.index;

import java.util.List;
import java.util.Objects;

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
   * Obtains the result of a pipeline run from its parts, such as a result written earlier and read
   * back; {@link Pipeline#run} makes them.
   *
   * @param stages  the stages, in order, not null, no null element; copied
   * @param data  the data after the last step, not null; equal to the last stage's data if any
   * @param result  the scores and ranks computed from that data, not null, with the data's units
   * @return the pipeline result, not null
   * @throws NullPointerException if an argument or a stage is null
   * @throws IllegalArgumentException if the data is not the last stage's, or the result's units are
   *     not the data's
   */
  public static PipelineResult of(List<Stage> stages, IndexData data, IndexResult result) {
    Objects.requireNonNull(stages, "stages");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(result, "result");
    for (int i = 0; i < stages.size(); i++) {
      Objects.requireNonNull(stages.get(i), "stages[" + i + "]");
    }
    if (!stages.isEmpty() && !stages.get(stages.size() - 1).data().equals(data)) {
      throw new IllegalArgumentException("Invalid value for data (valid values the last stage's data, "
          + stages.get(stages.size() - 1).data() + "): " + data);
    }
    if (!result.units().equals(data.units())) {
      throw new IllegalArgumentException("Invalid value for the result's units (valid values the data's units "
          + data.units() + "): " + result.units());
    }
    return new PipelineResult(stages, data, result);
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

  /**
   * Checks whether this pipeline result equals another: same stages, data and result.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof PipelineResult)) {
      return false;
    }
    PipelineResult o = (PipelineResult) obj;
    return o.stages.equals(stages) && o.data.equals(data) && o.result.equals(result);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (stages.hashCode() * 31 + data.hashCode()) * 31 + result.hashCode();
  }
}
