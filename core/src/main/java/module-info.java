/**
 * dxvn core: the domain model of provincial digital transformation in Vietnam and the calculation
 * engine. Depends on the JSR-385 units API (through Indriya) and nothing else at run time.
 */
module io.github.dxvn.core {
  requires transitive java.measure;
  requires transitive tech.units.indriya;
  requires static org.immutables.value.annotations;
  requires static org.apiguardian.api;

  // codes, definitions, catalog
  exports io.github.dxvn.indicator;
  // periods, observations, datasets
  exports io.github.dxvn.observation;
  // administrative units and the 2025 reorganisation
  exports io.github.dxvn.admin;
  // digital platforms
  exports io.github.dxvn.platform;
  // community digital technology teams
  exports io.github.dxvn.community;
  // document numbers, legal documents, observance days
  exports io.github.dxvn.legal;
  // Vietnamese numbers and text normalisation
  exports io.github.dxvn.text;
  // rankings with ties
  exports io.github.dxvn.ranking;
  // composite indices
  exports io.github.dxvn.index;
  // national targets and progress
  exports io.github.dxvn.target;
  // the official provincial digital transformation index (DTI)
  exports io.github.dxvn.dti;
}
