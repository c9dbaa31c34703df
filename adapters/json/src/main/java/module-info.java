/**
 * dxvn json: a Jackson 2.x module for dxvn's value types, and readers and writers of dxvn's JSON
 * document formats (datasets, streamed).
 *
 * <p>Register the module explicitly ({@code mapper.registerModule(new DxvnModule())}), through
 * {@code ObjectMapper.findAndRegisterModules()}, or take a configured mapper from {@code DxvnJson}.
 */
module io.github.dxvn.json {
  requires transitive io.github.dxvn.core;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires tech.units.indriya;

  exports io.github.dxvn.json;

  provides com.fasterxml.jackson.databind.Module with io.github.dxvn.json.DxvnModule;
}
