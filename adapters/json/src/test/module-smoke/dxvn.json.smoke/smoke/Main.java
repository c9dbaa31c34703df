package smoke;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dxvn.json.DatasetJson;
import io.github.dxvn.json.DxvnJson;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import java.io.InputStream;
import java.util.List;

/** Registers the module through ServiceLoader and round-trips an observation and a dataset. */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    List<Module> modules = ObjectMapper.findModules();
    System.out.println("modules: " + modules.stream().map(Module::getModuleName).toList());
    ObjectMapper mapper = new ObjectMapper().registerModules(modules);
    String json = "{\"unitCode\":\"45\",\"indicator\":\"INFRA_HOUSEHOLD_FIBRE_SHARE\",\"period\":\"2023\","
        + "\"value\":80.51,\"unit\":\"%\",\"status\":\"E\"}";
    Observation o = mapper.readValue(json, Observation.class);
    System.out.println("observation: " + o);
    System.out.println("json: " + mapper.writeValueAsString(o));
    Dataset dataset = DatasetJson.create().parse("{\"format\":\"dxvn-dataset\",\"version\":1,\"indicators\":[],"
        + "\"observations\":[" + json + "]}");
    System.out.println("dataset: " + dataset.size() + " observation(s), module " + Main.class.getModule().getName());
    try (InputStream schema = DxvnJson.openSchema("dxvn-dataset")) {
      System.out.println("schema: " + (schema.readAllBytes().length > 0));
    }
  }
}
