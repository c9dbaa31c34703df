package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.dxvn.admin.AdminLevel;
import io.github.dxvn.admin.AdminUnit;
import io.github.dxvn.admin.AdminUnitCode;
import io.github.dxvn.admin.ProvinceGroup;
import io.github.dxvn.admin.RebaseReason;
import io.github.dxvn.admin.RebasedDataset;
import io.github.dxvn.admin.Region;
import io.github.dxvn.admin.Reorganisation;
import io.github.dxvn.community.CommunityTeam;
import io.github.dxvn.community.CommunityTeamRoster;
import io.github.dxvn.dti.DtiFramework;
import io.github.dxvn.dti.DtiGroup;
import io.github.dxvn.dti.DtiMainIndicator;
import io.github.dxvn.dti.DtiRanking;
import io.github.dxvn.dti.DtiScore;
import io.github.dxvn.dti.ScoringMethod;
import io.github.dxvn.dti.WeightBasis;
import io.github.dxvn.index.Aggregation;
import io.github.dxvn.index.AggregationMethod;
import io.github.dxvn.index.Framework;
import io.github.dxvn.index.IndexData;
import io.github.dxvn.index.IndexResult;
import io.github.dxvn.index.MetaRow;
import io.github.dxvn.index.MetaType;
import io.github.dxvn.index.Node;
import io.github.dxvn.index.Normalisation;
import io.github.dxvn.index.NormalisationMethod;
import io.github.dxvn.index.PanelData;
import io.github.dxvn.index.Pipeline;
import io.github.dxvn.index.PipelineResult;
import io.github.dxvn.index.PipelineStep;
import io.github.dxvn.index.RankShift;
import io.github.dxvn.index.UncertaintyResult;
import io.github.dxvn.indicator.AggregationRule;
import io.github.dxvn.indicator.Area;
import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.IndicatorKind;
import io.github.dxvn.indicator.Pillar;
import io.github.dxvn.indicator.Polarity;
import io.github.dxvn.indicator.ValidRange;
import io.github.dxvn.legal.DocumentNumber;
import io.github.dxvn.legal.DocumentStatus;
import io.github.dxvn.legal.DocumentType;
import io.github.dxvn.legal.Issuer;
import io.github.dxvn.legal.LegalDocument;
import io.github.dxvn.legal.ObservanceDay;
import io.github.dxvn.legal.ParsedDocumentNumber;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.DerivedValue;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationKey;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import io.github.dxvn.observation.Violation;
import io.github.dxvn.platform.HotlineNumber;
import io.github.dxvn.platform.Platform;
import io.github.dxvn.platform.PlatformCategory;
import io.github.dxvn.platform.PlatformLevel;
import io.github.dxvn.ranking.Rank;
import io.github.dxvn.ranking.Ranking;
import io.github.dxvn.ranking.RankingMethod;
import io.github.dxvn.target.DocumentKind;
import io.github.dxvn.target.NationalTarget;
import io.github.dxvn.target.TargetCatalog;
import io.github.dxvn.target.TargetComparator;
import io.github.dxvn.target.TargetStatus;
import io.github.dxvn.target.Trajectory;
import io.github.dxvn.text.ParsedNumber;
import io.github.dxvn.text.TextParseException;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import javax.measure.Quantity;
import javax.measure.Unit;

/**
 * The Jackson 2.x module for dxvn's value types.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new DxvnModule());
 * Observation o = mapper.readValue(json, Observation.class);
 * }</pre>
 *
 * <p>The module is also found by {@code ObjectMapper.findAndRegisterModules()} (a
 * {@code META-INF/services} entry and a {@code provides} clause of the JPMS module).
 * {@link DxvnJson#mapper()} returns a mapper with the module registered and safe input limits.
 *
 * <p>What it reads and writes (see {@code docs/json-format.md} for the full description):
 * <ul>
 *   <li>codes and texts as strings: {@link IndicatorCode} ({@code "SOC_EID_ACTIVATED"}),
 *       {@link Period} ({@code "2023-Q4"}), {@link RankPosition} ({@code "6/19 in ..."}),
 *       {@link ObservationStatus} as its SDMX code ({@code "E"}), {@link Comparison} as its symbol
 *       ({@code ">"}), a {@link Unit} in Indriya's SimpleUnitFormat text ({@code "%"}; the
 *       dimensionless unit is written {@code "1"}), enums by constant name;
 *   <li>values as exact decimals, read from the number's text (never through a double, whatever the
 *       mapper's settings) and written in plain notation ({@code 100}, never {@code 1E+2});
 *   <li>a {@link Quantity} as {@code {"value": 99.53, "unit": "%"}};
 *   <li>objects for {@link Observation}, {@link ObservationKey}, {@link IndicatorDefinition},
 *       {@link ValidRange}, {@link AggregationRule}, {@link Violation}; an array of definitions for
 *       {@link IndicatorCatalog}; a {@code dxvn-dataset} document for {@link Dataset};
 *       {@link DerivedValue} (its definition from the catalog of {@link DxvnJson#CATALOG_ATTRIBUTE},
 *       else the standard one);
 *   <li>the composite-index framework: {@link Normalisation}, {@link Aggregation}, {@link Node},
 *       {@link Framework}, {@link PipelineStep} (by a fixed {@code "step"} name), {@link Pipeline} as a
 *       {@code dxvn-framework} document; {@link Rank} as text ({@code "5.5/63"}); {@link IndexResult}
 *       (a {@code dxvn-results} document, read with its framework given as the context attribute
 *       {@link IndexJson#FRAMEWORK_ATTRIBUTE}), {@link IndexJson.Results} (the same document with its
 *       uncertainty) and {@link UncertaintyResult}; {@link Ranking} (of all items or within groups),
 *       {@link MetaRow}, {@link IndexData}, {@link PanelData} and {@link PipelineResult} (whose result
 *       needs the framework too) as objects;
 *   <li>reference types: {@link AdminUnitCode}, {@link HotlineNumber}, {@link DocumentNumber} and
 *       {@link Issuer} as their text ({@code "45"}, {@code "2443/QĐ-UBND"}, {@code "TTg"}); objects for
 *       {@link AdminUnit}, {@link Platform}, {@link CommunityTeam}, {@link LegalDocument},
 *       {@link ObservanceDay}, {@link ParsedNumber}, {@link ParsedDocumentNumber}, {@link ProvinceGroup},
 *       {@link Reorganisation}, {@link CommunityTeamRoster} and {@link RankShift}; dates in ISO form;
 *   <li>national targets: {@link NationalTarget} (an object), {@link TargetCatalog} (an object of
 *       its targets and omitted notes), {@link Trajectory}, {@link TargetComparator} as its symbol ({@code ">="});
 *   <li>the official DTI: {@link DtiMainIndicator}, {@link DtiGroup} and {@link DtiFramework} as
 *       objects; {@link DtiScore} (recomputed through its shipped framework) and {@link DtiRanking}
 *       (ranked again); {@link DtiRanking.Entry} written only (it is read as part of its ranking);
 *   <li>re-basing: {@link RebaseReason} as an object, {@link RebasedDataset} as an object, checked by
 *       {@link RebasedDataset#of};
 *   <li>{@link IndicatorCode} and {@link Period} as map keys.
 * </ul>
 *
 * <p>Values are built with core's public factories, so core validates them once; core's errors
 * come back as Jackson exceptions with core's exception as the cause: a bad text as an
 * {@code InvalidFormatException} (a {@link TextParseException} cause carries the index), a value core
 * rejects as a {@code ValueInstantiationException}. Unknown members follow the mapper's
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} (on by default); missing required members fail by name. Every
 * error carries the JSON path and the line and column. The module never reads class names from the
 * input.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DxvnModule extends Module {

  /** The module's name, as {@link #getModuleName()} returns it. */
  public static final String NAME = "dxvn";

  private static final Version VERSION =
      new Version(0, 1, 0, "SNAPSHOT", "io.github.dxvn", "dxvn-json");

  /** Creates the module. Also called by {@link java.util.ServiceLoader}. */
  public DxvnModule() {}

  /**
   * Returns the name of the module, {@value #NAME}.
   *
   * @return the name, not null
   */
  @Override
  public String getModuleName() {
    return NAME;
  }

  /**
   * Returns the version of the module.
   *
   * @return the version, not null
   */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Registers the module's serializers and deserializers.
   *
   * @param context  the mapper's setup context, not null
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();

    text(serializers, deserializers, IndicatorCode.class, IndicatorCode::toString, IndicatorCode::parse);
    text(serializers, deserializers, Period.class, Period::toString, Period::parse);
    text(serializers, deserializers, RankPosition.class, RankPosition::toString, RankPosition::parse);
    text(serializers, deserializers, ObservationStatus.class, ObservationStatus::code, ObservationStatus::ofCode);
    text(serializers, deserializers, Comparison.class, Comparison::symbol, Comparison::ofSymbol);
    enumeration(serializers, deserializers, Area.class);
    enumeration(serializers, deserializers, IndicatorKind.class);
    enumeration(serializers, deserializers, Pillar.class);
    enumeration(serializers, deserializers, Polarity.class);
    enumeration(serializers, deserializers, AggregationRule.Method.class);
    enumeration(serializers, deserializers, Period.Type.class);
    enumeration(serializers, deserializers, Violation.Severity.class);
    enumeration(serializers, deserializers, Violation.Rule.class);

    serializers.addSerializer(Unit.class, UnitCodec.serializer());
    deserializers.addDeserializer(Unit.class, UnitCodec.deserializer());
    serializers.addSerializer(Quantity.class, new UnitCodec.QuantitySerializer());
    deserializers.addDeserializer(Quantity.class, new UnitCodec.QuantityDeserializer());

    serializers.addSerializer(ValidRange.class, new WriterSerializer<>(ValidRange.class, IndicatorCodec::writeRange));
    deserializers.addDeserializer(ValidRange.class, new IndicatorCodec.RangeDeserializer());
    serializers.addSerializer(AggregationRule.class,
        new WriterSerializer<>(AggregationRule.class, IndicatorCodec::writeRule));
    deserializers.addDeserializer(AggregationRule.class, new IndicatorCodec.RuleDeserializer());
    serializers.addSerializer(IndicatorDefinition.class,
        new WriterSerializer<>(IndicatorDefinition.class, IndicatorCodec::writeDefinition));
    deserializers.addDeserializer(IndicatorDefinition.class, new IndicatorCodec.DefinitionDeserializer());
    serializers.addSerializer(IndicatorCatalog.class,
        new WriterSerializer<>(IndicatorCatalog.class, IndicatorCodec::writeCatalog));
    deserializers.addDeserializer(IndicatorCatalog.class, new IndicatorCodec.CatalogDeserializer());

    serializers.addSerializer(Observation.class, new WriterSerializer<>(Observation.class, ObservationCodec::write));
    deserializers.addDeserializer(Observation.class, new ObservationCodec.Deserializer());
    serializers.addSerializer(ObservationKey.class,
        new WriterSerializer<>(ObservationKey.class, ObservationCodec::writeKey));
    deserializers.addDeserializer(ObservationKey.class, new ObservationCodec.KeyDeserializer());
    serializers.addSerializer(Violation.class, new WriterSerializer<>(Violation.class, ViolationCodec::writeViolation));
    deserializers.addDeserializer(Violation.class, new ViolationCodec.Deserializer());
    object(serializers, deserializers, DerivedValue.class, ViolationCodec::writeDerived,
        new ViolationCodec.DerivedDeserializer());
    serializers.addSerializer(Dataset.class, new WriterSerializer<>(Dataset.class, DatasetFormat::write));
    deserializers.addDeserializer(Dataset.class, new DatasetFormat.Deserializer());

    setupIndex(serializers, deserializers);
    setupReference(serializers, deserializers);
    setupTargets(serializers, deserializers);
    setupDti(serializers, deserializers);
    setupRebasing(serializers, deserializers);

    context.addSerializers(serializers);
    context.addDeserializers(deserializers);

    SimpleSerializers keySerializers = new SimpleSerializers();
    SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();
    key(keySerializers, keyDeserializers, IndicatorCode.class, IndicatorCode::parse);
    key(keySerializers, keyDeserializers, Period.class, Period::parse);
    context.addKeySerializers(keySerializers);
    context.addKeyDeserializers(keyDeserializers);
  }

  private static void setupIndex(SimpleSerializers serializers, SimpleDeserializers deserializers) {
    enumeration(serializers, deserializers, NormalisationMethod.class);
    enumeration(serializers, deserializers, AggregationMethod.class);
    enumeration(serializers, deserializers, RankingMethod.class);
    text(serializers, deserializers, Rank.class, Rank::toString, Rank::parse);
    serializers.addSerializer(Normalisation.class,
        new WriterSerializer<>(Normalisation.class, IndexCodec::writeNormalisation));
    deserializers.addDeserializer(Normalisation.class, IndexCodec.NORMALISATION);
    serializers.addSerializer(Aggregation.class,
        new WriterSerializer<>(Aggregation.class, IndexCodec::writeAggregation));
    deserializers.addDeserializer(Aggregation.class, IndexCodec.AGGREGATION);
    serializers.addSerializer(Node.class, new WriterSerializer<>(Node.class, IndexCodec::writeNode));
    deserializers.addDeserializer(Node.class, IndexCodec.NODE);
    serializers.addSerializer(Framework.class, new WriterSerializer<>(Framework.class, IndexCodec::writeFramework));
    deserializers.addDeserializer(Framework.class, new IndexCodec.FrameworkDeserializer());
    serializers.addSerializer(PipelineStep.class, new WriterSerializer<>(PipelineStep.class, IndexCodec::writeStep));
    deserializers.addDeserializer(PipelineStep.class, IndexCodec.STEP);
    serializers.addSerializer(Pipeline.class, new WriterSerializer<>(Pipeline.class, IndexJson::writeFramework));
    deserializers.addDeserializer(Pipeline.class, new IndexJson.PipelineDeserializer());
    object(serializers, deserializers, IndexResult.class, (gen, r) -> IndexJson.writeResults(gen, r, Map.of()),
        new ResultsCodec.IndexResultDeserializer());
    object(serializers, deserializers, IndexJson.Results.class,
        (gen, r) -> IndexJson.writeResults(gen, r.result(), r.uncertainty()), ResultsCodec.RESULTS);
    object(serializers, deserializers, UncertaintyResult.class, (gen, u) -> IndexJson.writeUncertainty(gen, null, u),
        new ResultsCodec.UncertaintyDeserializer());
    object(serializers, deserializers, Ranking.class, EngineCodec::writeRanking, new EngineCodec.RankingDeserializer());
    enumeration(serializers, deserializers, MetaType.class);
    object(serializers, deserializers, MetaRow.class, EngineCodec::writeMetaRow, new EngineCodec.MetaRowDeserializer());
    object(serializers, deserializers, IndexData.class, EngineCodec::writeIndexData, EngineCodec.INDEX_DATA);
    object(serializers, deserializers, PanelData.class, EngineCodec::writePanel, new EngineCodec.PanelDeserializer());
    object(serializers, deserializers, PipelineResult.class, EngineCodec::writePipelineResult,
        new EngineCodec.PipelineResultDeserializer());
  }

  private static void setupReference(SimpleSerializers serializers, SimpleDeserializers deserializers) {
    text(serializers, deserializers, AdminUnitCode.class, AdminUnitCode::toString, AdminUnitCode::parse);
    text(serializers, deserializers, HotlineNumber.class, HotlineNumber::toString, HotlineNumber::parse);
    text(serializers, deserializers, DocumentNumber.class, DocumentNumber::toString, DocumentNumber::parse);
    text(serializers, deserializers, Issuer.class, Issuer::code, Issuer::of);
    enumeration(serializers, deserializers, AdminLevel.class);
    enumeration(serializers, deserializers, Region.class);
    enumeration(serializers, deserializers, PlatformCategory.class);
    enumeration(serializers, deserializers, PlatformLevel.class);
    enumeration(serializers, deserializers, DocumentStatus.class);
    enumeration(serializers, deserializers, DocumentType.class);
    object(serializers, deserializers, AdminUnit.class, ReferenceCodec::writeAdminUnit,
        new ReferenceCodec.AdminUnitDeserializer());
    object(serializers, deserializers, Platform.class, ReferenceCodec::writePlatform,
        new ReferenceCodec.PlatformDeserializer());
    object(serializers, deserializers, CommunityTeam.class, ReferenceCodec::writeTeam,
        new ReferenceCodec.TeamDeserializer());
    object(serializers, deserializers, LegalDocument.class, ReferenceCodec::writeDocument, ReferenceCodec.DOCUMENT);
    object(serializers, deserializers, ObservanceDay.class, ReferenceCodec::writeObservanceDay,
        new ReferenceCodec.ObservanceDayDeserializer());
    object(serializers, deserializers, ParsedNumber.class, ReferenceCodec::writeParsedNumber,
        new ReferenceCodec.ParsedNumberDeserializer());
    object(serializers, deserializers, ProvinceGroup.class, ReferenceCodec::writeGroup,
        new ReferenceCodec.GroupDeserializer());
    object(serializers, deserializers, CommunityTeamRoster.class, ReferenceCodec::writeRoster,
        new ReferenceCodec.RosterDeserializer());
    object(serializers, deserializers, Reorganisation.class, ReferenceCodec::writeReorganisation,
        new ReferenceCodec.ReorganisationDeserializer());
    object(serializers, deserializers, ParsedDocumentNumber.class, ReferenceCodec::writeParsedDocumentNumber,
        new ReferenceCodec.ParsedDocumentNumberDeserializer());
    object(serializers, deserializers, RankShift.class, ReferenceCodec::writeRankShift,
        new ReferenceCodec.RankShiftDeserializer());
  }

  private static void setupTargets(SimpleSerializers serializers, SimpleDeserializers deserializers) {
    text(serializers, deserializers, TargetComparator.class, TargetComparator::symbol, TargetComparator::ofSymbol);
    enumeration(serializers, deserializers, TargetStatus.class);
    enumeration(serializers, deserializers, DocumentKind.class);
    object(serializers, deserializers, NationalTarget.class, TargetCodec::writeTarget, TargetCodec.TARGET);
    object(serializers, deserializers, TargetCatalog.class, TargetCodec::writeCatalog, new TargetCodec.CatalogDeserializer());
    object(serializers, deserializers, Trajectory.class, TargetCodec::writeTrajectory,
        new TargetCodec.TrajectoryDeserializer());
  }

  private static void setupDti(SimpleSerializers serializers, SimpleDeserializers deserializers) {
    enumeration(serializers, deserializers, ScoringMethod.class);
    enumeration(serializers, deserializers, WeightBasis.class);
    object(serializers, deserializers, DtiMainIndicator.class, DtiCodec::writeMainIndicator, DtiCodec.MAIN_INDICATOR);
    object(serializers, deserializers, DtiGroup.class, DtiCodec::writeGroup, DtiCodec.GROUP);
    object(serializers, deserializers, DtiFramework.class, DtiCodec::writeFramework,
        new DtiCodec.FrameworkDeserializer());
    object(serializers, deserializers, DtiScore.class, DtiCodec::writeScore, DtiCodec.SCORE);
    object(serializers, deserializers, DtiRanking.class, DtiCodec::writeRanking, new DtiCodec.RankingDeserializer());
    // An entry is written only: it is read as part of its ranking, which ranks it.
    serializers.addSerializer(DtiRanking.Entry.class,
        new WriterSerializer<>(DtiRanking.Entry.class, DtiCodec::writeEntry));
  }

  private static void setupRebasing(SimpleSerializers serializers, SimpleDeserializers deserializers) {
    enumeration(serializers, deserializers, RebaseReason.Kind.class);
    object(serializers, deserializers, RebaseReason.class, RebaseCodec::writeReason,
        new RebaseCodec.ReasonDeserializer());
    object(serializers, deserializers, RebasedDataset.class, RebaseCodec::writeRebased,
        new RebaseCodec.RebasedDeserializer());
  }

  private static <T> void object(SimpleSerializers serializers, SimpleDeserializers deserializers, Class<T> type,
      WriterSerializer.Writer<T> writer, com.fasterxml.jackson.databind.JsonDeserializer<T> deserializer) {
    serializers.addSerializer(type, new WriterSerializer<>(type, writer));
    deserializers.addDeserializer(type, deserializer);
  }

  private static <T> void text(SimpleSerializers serializers, SimpleDeserializers deserializers,
      Class<T> type, Function<? super T, String> format, Function<String, T> parse) {
    serializers.addSerializer(type, new TextSerializer<>(type, format));
    deserializers.addDeserializer(type, new TextDeserializer<>(type, parse));
  }

  private static <E extends Enum<E>> void enumeration(
      SimpleSerializers serializers, SimpleDeserializers deserializers, Class<E> type) {
    serializers.addSerializer(type, Enums.serializer(type));
    deserializers.addDeserializer(type, Enums.deserializer(type));
  }

  private static <T> void key(SimpleSerializers serializers, SimpleKeyDeserializers deserializers,
      Class<T> type, Function<String, T> parse) {
    serializers.addSerializer(type, new KeySerializer<>(type));
    deserializers.addDeserializer(type, new TextKeyDeserializer<>(type, parse));
  }

  /** Writes a map key as the value's text. */
  private static final class KeySerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    KeySerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeFieldName(value.toString());
    }
  }

  /** Reads a map key with core's parse method; a bad key becomes an {@code InvalidFormatException}. */
  private static final class TextKeyDeserializer<T> extends KeyDeserializer {
    private final Class<T> type;
    private final Function<String, T> parse;

    TextKeyDeserializer(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return parse.apply(key);
      } catch (IllegalArgumentException e) {
        try {
          return ctxt.handleWeirdKey(type, key, "%s", e.getMessage());
        } catch (com.fasterxml.jackson.databind.JsonMappingException mapped) {
          mapped.initCause(e);
          throw mapped;
        }
      }
    }
  }
}
