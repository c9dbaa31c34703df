package io.github.dxvn.index;

import java.util.List;
import java.util.Objects;

/**
 * The output of one pipeline step: the step, the data after it, and a log of what it did (one line
 * per indicator or unit it changed, such as "Bord: winsorised 3 high points").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Stage {

  private final PipelineStep step;
  private final IndexData data;
  private final List<String> log;

  Stage(PipelineStep step, IndexData data, List<String> log) {
    this.step = Objects.requireNonNull(step, "step");
    this.data = Objects.requireNonNull(data, "data");
    this.log = List.copyOf(log);
  }

  /**
   * Obtains a stage, such as one written earlier and read back; {@link Pipeline#run} makes the stages
   * of a run.
   *
   * @param step  the step, not null
   * @param data  the data after the step, not null
   * @param log  what the step did, one line each, not null, no null element; copied
   * @return the stage, not null
   * @throws NullPointerException if an argument or a log line is null
   */
  public static Stage of(PipelineStep step, IndexData data, List<String> log) {
    return new Stage(step, data, Objects.requireNonNull(log, "log"));
  }

  /**
   * Returns the step.
   *
   * @return the step, not null
   */
  public PipelineStep step() {
    return step;
  }

  /**
   * Returns the data after the step.
   *
   * @return the data, not null
   */
  public IndexData data() {
    return data;
  }

  /**
   * Returns the log of the step.
   *
   * @return the lines, unmodifiable, not null
   */
  public List<String> log() {
    return log;
  }

  /**
   * Returns the step and the number of log lines.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Stage[" + step + ", " + data + ", " + log.size() + " log lines]";
  }

  /**
   * Checks whether this stage equals another: same step, data and log.
   *
   * @param obj  the object to compare, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Stage)) {
      return false;
    }
    Stage o = (Stage) obj;
    return o.step.equals(step) && o.data.equals(data) && o.log.equals(log);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (step.hashCode() * 31 + data.hashCode()) * 31 + log.hashCode();
  }
}
