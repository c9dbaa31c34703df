package io.github.dxvn.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.dxvn.admin.AdminLevel;
import io.github.dxvn.admin.AdminUnit;
import io.github.dxvn.admin.AdminUnitCode;
import io.github.dxvn.admin.ProvinceGroup;
import io.github.dxvn.admin.Region;
import io.github.dxvn.admin.Reorganisation;
import io.github.dxvn.community.CommunityTeam;
import io.github.dxvn.community.CommunityTeamRoster;
import io.github.dxvn.index.RankShift;
import io.github.dxvn.legal.DocumentNumber;
import io.github.dxvn.legal.DocumentStatus;
import io.github.dxvn.legal.DocumentType;
import io.github.dxvn.legal.Issuer;
import io.github.dxvn.legal.LegalDocument;
import io.github.dxvn.legal.ObservanceDay;
import io.github.dxvn.legal.ParsedDocumentNumber;
import io.github.dxvn.platform.HotlineNumber;
import io.github.dxvn.platform.Platform;
import io.github.dxvn.platform.PlatformCategory;
import io.github.dxvn.platform.PlatformLevel;
import io.github.dxvn.ranking.Rank;
import io.github.dxvn.text.ParsedNumber;
import java.io.IOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * JSON of the reference types: administrative units, province groups and the reorganisation, platforms,
 * community teams and rosters, legal documents and observance days, parsed numbers, rank shifts. Dates are ISO text ({@code "2022-09-21"}), a month-day is
 * {@code "--10-10"}, a year a number; codes and document numbers are their text.
 */
final class ReferenceCodec {

  private ReferenceCodec() {}

  static LocalDate date(JsonParser p, DeserializationContext ctxt) throws IOException {
    return Read.text(p, ctxt, LocalDate.class, s -> iso(() -> LocalDate.parse(s)));
  }

  /** Turns java.time's parse error into the IllegalArgumentException that Read translates. */
  private static <T> T iso(java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  static AdminUnitCode unitCode(JsonParser p, DeserializationContext ctxt) throws IOException {
    return Read.text(p, ctxt, AdminUnitCode.class, AdminUnitCode::parse);
  }

  // ------------------------------------------------------------------------------------------ admin

  static void writeAdminUnit(JsonGenerator gen, AdminUnit u) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("code", u.code().toString());
    gen.writeStringField("name", u.name());
    if (u.validFrom().isPresent()) {
      gen.writeStringField("validFrom", u.validFrom().get().toString());
    }
    if (u.validTo().isPresent()) {
      gen.writeStringField("validTo", u.validTo().get().toString());
    }
    if (u.parent().isPresent()) {
      gen.writeStringField("parent", u.parent().get().toString());
    }
    if (u.region().isPresent()) {
      gen.writeStringField("region", u.region().get().name());
    }
    gen.writeEndObject();
  }

  /** Reads an {@link AdminUnit}. */
  static final class AdminUnitDeserializer extends ObjectDeserializer<AdminUnit, AdminUnit.Builder> {
    private static final long serialVersionUID = 1L;

    AdminUnitDeserializer() {
      super(AdminUnit.class, List.of("code", "name"), List.of("validFrom", "validTo", "parent", "region"));
    }

    @Override
    AdminUnit.Builder start() {
      return AdminUnit.builder();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, AdminUnit.Builder b) throws IOException {
      switch (index) {
        case 0:
          b.code(unitCode(p, ctxt));
          break;
        case 1:
          b.name(Read.string(p, ctxt));
          break;
        case 2:
          b.validFrom(date(p, ctxt));
          break;
        case 3:
          b.validTo(date(p, ctxt));
          break;
        case 4:
          b.parent(unitCode(p, ctxt));
          break;
        default:
          b.region(Read.text(p, ctxt, Region.class, Enums.parser(Region.class)));
          break;
      }
    }

    @Override
    AdminUnit build(AdminUnit.Builder b) {
      return b.build();
    }
  }

  // --------------------------------------------------------------------------------------- platform

  static void writePlatform(JsonGenerator gen, Platform pl) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("nameVi", pl.nameVi());
    if (pl.nameEn().isPresent()) {
      gen.writeStringField("nameEn", pl.nameEn().get());
    }
    if (pl.shortName().isPresent()) {
      gen.writeStringField("shortName", pl.shortName().get());
    }
    gen.writeStringField("category", pl.category().name());
    gen.writeStringField("level", pl.level().name());
    gen.writeBooleanField("ipv6Enabled", pl.ipv6Enabled());
    gen.writeBooleanField("connectedToMonitoringCentre", pl.connectedToMonitoringCentre());
    if (pl.hotline().isPresent()) {
      gen.writeStringField("hotline", pl.hotline().get().toString());
    }
    if (pl.operator().isPresent()) {
      gen.writeStringField("operator", pl.operator().get());
    }
    gen.writeEndObject();
  }

  /** Reads a {@link Platform}. */
  static final class PlatformDeserializer extends ObjectDeserializer<Platform, Platform.Builder> {
    private static final long serialVersionUID = 1L;

    PlatformDeserializer() {
      super(Platform.class, List.of("nameVi", "category", "level"),
          List.of("nameEn", "shortName", "ipv6Enabled", "connectedToMonitoringCentre", "hotline", "operator"));
    }

    @Override
    Platform.Builder start() {
      return Platform.builder();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Platform.Builder b) throws IOException {
      switch (index) {
        case 0:
          b.nameVi(Read.string(p, ctxt));
          break;
        case 1:
          b.category(Read.text(p, ctxt, PlatformCategory.class, Enums.parser(PlatformCategory.class)));
          break;
        case 2:
          b.level(Read.text(p, ctxt, PlatformLevel.class, Enums.parser(PlatformLevel.class)));
          break;
        case 3:
          b.nameEn(Read.string(p, ctxt));
          break;
        case 4:
          b.shortName(Read.string(p, ctxt));
          break;
        case 5:
          b.ipv6Enabled(Read.bool(p, ctxt));
          break;
        case 6:
          b.connectedToMonitoringCentre(Read.bool(p, ctxt));
          break;
        case 7:
          b.hotline(Read.text(p, ctxt, HotlineNumber.class, HotlineNumber::parse));
          break;
        default:
          b.operator(Read.string(p, ctxt));
          break;
      }
    }

    @Override
    Platform build(Platform.Builder b) {
      return b.build();
    }
  }

  // -------------------------------------------------------------------------------------- community

  static void writeTeam(JsonGenerator gen, CommunityTeam t) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("unit", t.unit().toString());
    if (t.memberCount().isPresent()) {
      gen.writeNumberField("memberCount", t.memberCount().getAsInt());
    }
    gen.writeEndObject();
  }

  /** Reads a {@link CommunityTeam}. */
  static final class TeamDeserializer extends ObjectDeserializer<CommunityTeam, CommunityTeam.Builder> {
    private static final long serialVersionUID = 1L;

    TeamDeserializer() {
      super(CommunityTeam.class, List.of("unit"), List.of("memberCount"));
    }

    @Override
    CommunityTeam.Builder start() {
      return CommunityTeam.builder();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, CommunityTeam.Builder b) throws IOException {
      if (index == 0) {
        b.unit(unitCode(p, ctxt));
      } else {
        b.memberCount(Read.integer(p, ctxt));
      }
    }

    @Override
    CommunityTeam build(CommunityTeam.Builder b) {
      return b.build();
    }
  }

  // ------------------------------------------------------------------------------------------ legal

  static void writeDocument(JsonGenerator gen, LegalDocument d) throws IOException {
    gen.writeStartObject();
    if (d.number().isPresent()) {
      gen.writeStringField("number", d.number().get().toString());
    }
    gen.writeStringField("issuer", d.issuer().code());
    gen.writeStringField("type", d.type().name());
    if (d.signingDate().isPresent()) {
      gen.writeStringField("signingDate", d.signingDate().get().toString());
    }
    gen.writeStringField("titleVi", d.titleVi());
    if (d.titleEn().isPresent()) {
      gen.writeStringField("titleEn", d.titleEn().get());
    }
    gen.writeStringField("status", d.status().name());
    gen.writeEndObject();
  }

  /** Reads a {@link LegalDocument}; issuer and type default to the number's. */
  static final class DocumentDeserializer extends ObjectDeserializer<LegalDocument, LegalDocument.Builder> {
    private static final long serialVersionUID = 1L;

    DocumentDeserializer() {
      super(LegalDocument.class, List.of("titleVi"),
          List.of("number", "issuer", "type", "signingDate", "titleEn", "status"));
    }

    @Override
    LegalDocument.Builder start() {
      return LegalDocument.builder();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, LegalDocument.Builder b) throws IOException {
      switch (index) {
        case 0:
          b.titleVi(Read.string(p, ctxt));
          break;
        case 1:
          b.number(Read.text(p, ctxt, DocumentNumber.class, DocumentNumber::parse));
          break;
        case 2:
          b.issuer(Read.text(p, ctxt, Issuer.class, Issuer::of));
          break;
        case 3:
          b.type(Read.text(p, ctxt, DocumentType.class, Enums.parser(DocumentType.class)));
          break;
        case 4:
          b.signingDate(date(p, ctxt));
          break;
        case 5:
          b.titleEn(Read.string(p, ctxt));
          break;
        default:
          b.status(Read.text(p, ctxt, DocumentStatus.class, Enums.parser(DocumentStatus.class)));
          break;
      }
    }

    @Override
    LegalDocument build(LegalDocument.Builder b) {
      return b.build();
    }
  }

  static final DocumentDeserializer DOCUMENT = new DocumentDeserializer();

  static void writeObservanceDay(JsonGenerator gen, ObservanceDay d) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("nameVi", d.nameVi());
    if (d.nameEn().isPresent()) {
      gen.writeStringField("nameEn", d.nameEn().get());
    }
    gen.writeStringField("monthDay", d.monthDay().toString());
    gen.writeNumberField("firstYear", d.firstYear().getValue());
    gen.writeArrayFieldStart("sources");
    for (LegalDocument source : d.sources()) {
      writeDocument(gen, source);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /** Reads an {@link ObservanceDay}. */
  static final class ObservanceDayDeserializer extends ObjectDeserializer<ObservanceDay, ObservanceDay.Builder> {
    private static final long serialVersionUID = 1L;

    ObservanceDayDeserializer() {
      super(ObservanceDay.class, List.of("nameVi", "monthDay", "firstYear"), List.of("nameEn", "sources"));
    }

    @Override
    ObservanceDay.Builder start() {
      return ObservanceDay.builder();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, ObservanceDay.Builder b) throws IOException {
      switch (index) {
        case 0:
          b.nameVi(Read.string(p, ctxt));
          break;
        case 1:
          b.monthDay(Read.text(p, ctxt, MonthDay.class, s -> iso(() -> MonthDay.parse(s))));
          break;
        case 2:
          b.firstYear(Year.of(Read.integer(p, ctxt)));
          break;
        case 3:
          b.nameEn(Read.string(p, ctxt));
          break;
        default:
          b.addAllSources(Read.list(p, ctxt, DOCUMENT::deserialize));
          break;
      }
    }

    @Override
    ObservanceDay build(ObservanceDay.Builder b) {
      return b.build();
    }
  }

  // ------------------------------------------------------------------------------------------- text

  static void writeParsedNumber(JsonGenerator gen, ParsedNumber n) throws IOException {
    gen.writeStartObject();
    Write.decimal(gen, "value", n.value());
    gen.writeBooleanField("percent", n.isPercent());
    gen.writeArrayFieldStart("notes");
    for (String note : n.notes()) {
      gen.writeString(note);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /** Reads a {@link ParsedNumber}. */
  static final class ParsedNumberDeserializer extends ObjectDeserializer<ParsedNumber, Object[]> {
    private static final long serialVersionUID = 1L;

    ParsedNumberDeserializer() {
      super(ParsedNumber.class, List.of("value"), List.of("percent", "notes"));
    }

    @Override
    Object[] start() {
      return new Object[] {null, false, List.of()};
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 ? Read.decimal(p, ctxt)
          : index == 1 ? (Object) Read.bool(p, ctxt) : Read.list(p, ctxt, (q, c) -> Read.string(q, c));
    }

    @Override
    @SuppressWarnings("unchecked")
    ParsedNumber build(Object[] parts) {
      return ParsedNumber.of((java.math.BigDecimal) parts[0], (Boolean) parts[1], (List<String>) parts[2]);
    }
  }

  // ------------------------------------------------------------------- groups, rosters, reorganisation

  static void writeGroup(JsonGenerator gen, ProvinceGroup g) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("code", g.code());
    gen.writeStringField("nameVi", g.nameVi());
    gen.writeStringField("nameEn", g.nameEn());
    gen.writeArrayFieldStart("provinces");
    for (AdminUnitCode province : g.provinces()) {
      gen.writeString(province.toString());
    }
    gen.writeEndArray();
    if (!g.parts().isEmpty()) {
      gen.writeArrayFieldStart("parts");
      for (ProvinceGroup part : g.parts()) {
        writeGroup(gen, part);
      }
      gen.writeEndArray();
    }
    if (g.source().isPresent()) {
      gen.writeStringField("source", g.source().get());
    }
    gen.writeEndObject();
  }

  /** Reads a {@link ProvinceGroup}; its provinces must be the union of its parts when it has parts. */
  static final class GroupDeserializer extends ObjectDeserializer<ProvinceGroup, ProvinceGroup.Builder> {
    private static final long serialVersionUID = 1L;

    GroupDeserializer() {
      super(ProvinceGroup.class, List.of("code", "nameVi", "nameEn", "provinces"), List.of("parts", "source"));
    }

    @Override
    ProvinceGroup.Builder start() {
      return ProvinceGroup.builder();
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, ProvinceGroup.Builder b) throws IOException {
      switch (index) {
        case 0:
          b.code(Read.string(p, ctxt));
          break;
        case 1:
          b.nameVi(Read.string(p, ctxt));
          break;
        case 2:
          b.nameEn(Read.string(p, ctxt));
          break;
        case 3:
          b.addAllProvinces(Read.list(p, ctxt, ReferenceCodec::unitCode));
          break;
        case 4:
          b.addAllParts(Read.list(p, ctxt, this::deserialize));
          break;
        default:
          b.source(Read.string(p, ctxt));
          break;
      }
    }

    @Override
    ProvinceGroup build(ProvinceGroup.Builder b) {
      return b.build();
    }
  }

  static void writeRoster(JsonGenerator gen, CommunityTeamRoster r) throws IOException {
    gen.writeStartObject();
    if (r.individualTeams().isPresent()) {
      gen.writeArrayFieldStart("teams");
      for (CommunityTeam team : r.individualTeams().get()) {
        writeTeam(gen, team);
      }
      gen.writeEndArray();
    } else {
      gen.writeNumberField("communeLevelTeams", r.teams(AdminLevel.COMMUNE));
      gen.writeNumberField("villageLevelTeams", r.teams(AdminLevel.VILLAGE));
      if (r.totalMembers().isPresent()) {
        gen.writeNumberField("members", r.totalMembers().getAsLong());
      }
    }
    gen.writeEndObject();
  }

  /** Reads a {@link CommunityTeamRoster}: either its individual teams or its counts, not both. */
  static final class RosterDeserializer extends PartsDeserializer<CommunityTeamRoster> {
    private static final long serialVersionUID = 1L;
    private static final TeamDeserializer TEAM = new TeamDeserializer();

    RosterDeserializer() {
      super(CommunityTeamRoster.class, List.of(), List.of("teams", "communeLevelTeams", "villageLevelTeams", "members"));
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      if (index == 0) {
        parts[0] = Read.list(p, ctxt, TEAM::deserialize);
      } else if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        ctxt.handleUnexpectedToken(Long.class, p);
      } else {
        parts[index] = p.getLongValue();
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    CommunityTeamRoster build(Object[] parts) {
      if (parts[0] != null) {
        if (parts[1] != null || parts[2] != null || parts[3] != null) {
          throw new IllegalArgumentException(
              "Invalid value for teams (valid values teams or counts, not both): both given");
        }
        return CommunityTeamRoster.ofTeams((List<CommunityTeam>) parts[0]);
      }
      if (parts[1] == null || parts[2] == null) {
        throw new IllegalArgumentException("Invalid value for communeLevelTeams and villageLevelTeams "
            + "(valid values both counts, or teams): " + parts[1] + ", " + parts[2]);
      }
      return parts[3] == null ? CommunityTeamRoster.ofCounts((Long) parts[1], (Long) parts[2])
          : CommunityTeamRoster.ofCounts((Long) parts[1], (Long) parts[2], (Long) parts[3]);
    }
  }

  static void writeReorganisation(JsonGenerator gen, Reorganisation r) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("effectiveDate", r.effectiveDate().toString());
    gen.writeArrayFieldStart("before");
    for (AdminUnit unit : r.before()) {
      writeAdminUnit(gen, unit);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("after");
    for (AdminUnit unit : r.after()) {
      writeAdminUnit(gen, unit);
    }
    gen.writeEndArray();
    gen.writeObjectFieldStart("successors");
    for (Map.Entry<AdminUnitCode, AdminUnitCode> e : new TreeMap<>(r.successors()).entrySet()) {
      gen.writeStringField(e.getKey().toString(), e.getValue().toString());
    }
    gen.writeEndObject();
    gen.writeEndObject();
  }

  /** Reads a {@link Reorganisation}. */
  static final class ReorganisationDeserializer extends PartsDeserializer<Reorganisation> {
    private static final long serialVersionUID = 1L;
    private static final AdminUnitDeserializer UNIT = new AdminUnitDeserializer();

    ReorganisationDeserializer() {
      super(Reorganisation.class, List.of("effectiveDate", "before", "after", "successors"), List.of());
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      switch (index) {
        case 0:
          parts[0] = date(p, ctxt);
          break;
        case 1:
        case 2:
          parts[index] = Read.list(p, ctxt, UNIT::deserialize);
          break;
        default:
          parts[3] = successors(p, ctxt);
          break;
      }
    }

    private static Map<AdminUnitCode, AdminUnitCode> successors(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        ctxt.handleUnexpectedToken(Map.class, p);
      }
      Map<AdminUnitCode, AdminUnitCode> map = new LinkedHashMap<>();
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String old = p.currentName();
        p.nextToken();
        try {
          AdminUnitCode oldCode;
          try {
            oldCode = AdminUnitCode.parse(old);
          } catch (IllegalArgumentException e) {
            oldCode = (AdminUnitCode) ctxt.handleWeirdKey(AdminUnitCode.class, old, "%s", e.getMessage());
          }
          map.put(oldCode, unitCode(p, ctxt));
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, map, old);
        }
      }
      return map;
    }

    @Override
    @SuppressWarnings("unchecked")
    Reorganisation build(Object[] parts) {
      return Reorganisation.of((LocalDate) parts[0], (List<AdminUnit>) parts[1], (List<AdminUnit>) parts[2],
          (Map<AdminUnitCode, AdminUnitCode>) parts[3]);
    }
  }

  // ---------------------------------------------------------------------------- parsed, rank shifts

  static void writeParsedDocumentNumber(JsonGenerator gen, ParsedDocumentNumber n) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("documentNumber", n.documentNumber().toString());
    writeNotes(gen, n.notes());
    gen.writeEndObject();
  }

  private static void writeNotes(JsonGenerator gen, List<String> notes) throws IOException {
    gen.writeArrayFieldStart("notes");
    for (String note : notes) {
      gen.writeString(note);
    }
    gen.writeEndArray();
  }

  /** Reads a {@link ParsedDocumentNumber}. */
  static final class ParsedDocumentNumberDeserializer extends ObjectDeserializer<ParsedDocumentNumber, Object[]> {
    private static final long serialVersionUID = 1L;

    ParsedDocumentNumberDeserializer() {
      super(ParsedDocumentNumber.class, List.of("documentNumber"), List.of("notes"));
    }

    @Override
    Object[] start() {
      return new Object[] {null, List.of()};
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 ? Read.text(p, ctxt, DocumentNumber.class, DocumentNumber::parse)
          : Read.list(p, ctxt, (q, c) -> Read.string(q, c));
    }

    @Override
    @SuppressWarnings("unchecked")
    ParsedDocumentNumber build(Object[] parts) {
      return ParsedDocumentNumber.of((DocumentNumber) parts[0], (List<String>) parts[1]);
    }
  }

  static void writeRankShift(JsonGenerator gen, RankShift shift) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("unit", shift.unit());
    if (shift.before().isPresent()) {
      gen.writeStringField("before", shift.before().get().toString());
    }
    if (shift.after().isPresent()) {
      gen.writeStringField("after", shift.after().get().toString());
    }
    gen.writeEndObject();
  }

  /** Reads a {@link RankShift}; its shift is computed, not read. */
  static final class RankShiftDeserializer extends PartsDeserializer<RankShift> {
    private static final long serialVersionUID = 1L;

    RankShiftDeserializer() {
      super(RankShift.class, List.of("unit"), List.of("before", "after"));
    }

    @Override
    void member(int index, JsonParser p, DeserializationContext ctxt, Object[] parts) throws IOException {
      parts[index] = index == 0 ? Read.string(p, ctxt) : Read.text(p, ctxt, Rank.class, Rank::parse);
    }

    @Override
    RankShift build(Object[] parts) {
      return RankShift.of((String) parts[0], Optional.ofNullable((Rank) parts[1]), Optional.ofNullable((Rank) parts[2]));
    }
  }
}
