package io.github.dxvn.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real JPMS check: a small program module ({@code src/test/module-smoke}) is compiled against
 * this module and run in a child JVM with {@code java -p ... -m}, on the module path only, where it
 * finds the Jackson module through {@code ServiceLoader} and reads and writes values. Surefire runs
 * tests on the class path, which would hide a missing {@code exports}, {@code opens} or
 * {@code provides}.
 */
class ModulePathTest {

  /** The jars of the run-time dependencies, by file name prefix; test-only jars stay off the path. */
  private static final List<String> RUNTIME_JARS = List.of("jackson-core-2", "jackson-databind-2",
      "jackson-annotations-2", "indriya-", "unit-api-", "uom-lib-common-", "jakarta.inject-api-", "dxvn-core-");

  private static String modulePath() {
    List<String> path = new ArrayList<>();
    path.add(Path.of("target/classes").toAbsolutePath().toString());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      String name = p.getFileName().toString();
      boolean coreClasses = p.endsWith(Path.of("core", "target", "classes"));
      if (coreClasses || RUNTIME_JARS.stream().anyMatch(name::startsWith) && name.endsWith(".jar")) {
        path.add(p.toAbsolutePath().toString());
      }
    }
    return String.join(File.pathSeparator, path);
  }

  @Test
  void runsOnTheModulePath(@TempDir Path out) throws Exception {
    String modulePath = modulePath();
    assertTrue(modulePath.contains("jackson-databind"), modulePath);
    Path sources = Path.of("src/test/module-smoke/dxvn.json.smoke");
    List<String> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(f -> f.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
    }
    Path bin = Path.of(System.getProperty("java.home"), "bin");
    List<String> javac = new ArrayList<>(List.of(bin.resolve("javac").toString(), "--release", "17",
        "-p", modulePath, "-d", out.toString()));
    javac.addAll(files);
    run(javac);
    String output = run(List.of(bin.resolve("java").toString(), "-p", out + File.pathSeparator + modulePath,
        "-m", "dxvn.json.smoke/smoke.Main"));
    assertTrue(output.contains("modules: [dxvn]"), output);
    assertTrue(output.contains("observation: 45/INFRA_HOUSEHOLD_FIBRE_SHARE/2023 = 80.51 % [E]"), output);
    assertTrue(output.contains("json: {\"unitCode\":\"45\",\"indicator\":\"INFRA_HOUSEHOLD_FIBRE_SHARE\","
        + "\"period\":\"2023\",\"value\":80.51,\"unit\":\"%\",\"status\":\"E\"}"), output);
    assertTrue(output.contains("dataset: 1 observation(s), module dxvn.json.smoke"), output);
    assertTrue(output.contains("schema: true"), output);
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), output);
    assertEquals(0, process.exitValue(), command + "\n" + output);
    return output;
  }

  @Test
  void servicesFileNamesTheModule() throws IOException {
    assertEquals(DxvnModule.class.getName(),
        Files.readString(Path.of("src/main/resources/META-INF/services/com.fasterxml.jackson.databind.Module")).strip());
  }
}
