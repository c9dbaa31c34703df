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
}
