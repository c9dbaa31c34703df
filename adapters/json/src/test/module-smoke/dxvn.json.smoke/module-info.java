/** A program run on the module path by ModulePathTest: dxvn-json found through ServiceLoader. */
module dxvn.json.smoke {
  requires io.github.dxvn.json;
}
