package io.github.dxvn.examples;

import io.github.dxvn.indicator.Area;
import io.github.dxvn.indicator.Pillar;
import io.github.dxvn.target.TargetStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link Scorecard} as one self-contained HTML page: inline CSS and SVG, no scripts. */
final class ScorecardPage {

  private static final int WIDTH = 1100;
  private static final int LABEL_WIDTH = 430;
  private static final int BAR_LEFT = 450;
  private static final int BAR_WIDTH = 560;
  private static final double BAR_MAX = 1.25; // the axis runs to 125 % of the target
  private static final int ROW = 58;
  private static final int PILLAR_ROW = 40;
  private static final int AXIS = 34;

  private static final Map<Pillar, String> PILLAR_COLOURS = new EnumMap<>(Map.of(
      Pillar.DIGITAL_GOVERNMENT, "#1d4ed8", Pillar.DIGITAL_ECONOMY, "#b45309",
      Pillar.DIGITAL_SOCIETY, "#047857"));

  private ScorecardPage() {}

  static String render(Scorecard card, Language lang) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.name().toLowerCase(Locale.ROOT)).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(card.title(lang))).append("</title>\n<style>\n").append(CSS).append("</style>\n")
        .append("</head>\n<body>\n<main>\n");
    h.append("<header><p class=\"kicker\">").append(esc(lang.pick("Chuyển đổi số cấp tỉnh", "Provincial digital transformation")))
        .append("</p>\n<h1>").append(esc(card.unitName())).append(" <span>").append(esc(card.period().toString()))
        .append("</span></h1>\n<p class=\"lead\">").append(esc(card.title(lang))).append("</p>\n");
    summary(h, card, lang);
    h.append("</header>\n");

    h.append("<section>\n<h2>").append(esc(lang.pick("Tiến độ so với mục tiêu quốc gia",
        "Progress toward the national targets"))).append("</h2>\n<p class=\"note\">")
        .append(esc(lang.pick("Mỗi thanh là giá trị năm " + card.period() + " chia cho mục tiêu của Chương trình "
            + "chuyển đổi số quốc gia (749/QĐ-TTg) hoặc Chiến lược kinh tế số và xã hội số (411/QĐ-TTg); "
            + "vạch đứt là mục tiêu. Thanh sọc: giá trị chỉ là cận dưới, chưa thể kết luận.",
            "Each bar is the " + card.period() + " value divided by a target of the national digital "
            + "transformation programme (749/QĐ-TTg) or the digital economy and society strategy (411/QĐ-TTg); "
            + "the dashed line is the target. Striped bar: the value is only a lower bound, not conclusive.")))
        .append("</p>\n");
    chart(h, card, lang);
    h.append("</section>\n");

    h.append("<section>\n<h2>").append(esc(lang.pick("Số liệu theo lĩnh vực", "Figures by area"))).append("</h2>\n");
    for (Map.Entry<Area, List<Scorecard.Line>> e : card.lines().entrySet()) {
      table(h, e.getKey(), e.getValue(), lang);
    }
    h.append("</section>\n<footer><p>").append(esc(lang.pick("Nguồn: ", "Sources: ")));
    boolean first = true;
    for (String s : card.sources()) {
      h.append(first ? "" : "; ");
      first = false;
      if (s.startsWith("https://") || s.startsWith("http://")) {
        h.append("<a href=\"").append(esc(s)).append("\">").append(esc(s)).append("</a>");
      } else {
        h.append(esc(s));
      }
    }
    h.append("</p><p>").append(esc(lang.pick("Tạo bởi dxvn (dx report).", "Made with dxvn (dx report).")))
        .append("</p></footer>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void summary(StringBuilder h, Scorecard card, Language lang) {
    Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
    card.assessments().values().forEach(s -> counts.merge(s, 1, Integer::sum));
    h.append("<ul class=\"chips\">\n");
    chip(h, "figures", Integer.toString(card.figureCount()), lang.pick("chỉ tiêu", "figures"));
    chip(h, "met", Integer.toString(counts.getOrDefault(TargetStatus.MEETS, 0)), lang.pick("mục tiêu đã đạt", "targets met"));
    chip(h, "fails", Integer.toString(counts.getOrDefault(TargetStatus.FAILS, 0)),
        lang.pick("mục tiêu chưa đạt", "targets not yet met"));
    chip(h, "unknown", Integer.toString(counts.getOrDefault(TargetStatus.UNKNOWN, 0)),
        lang.pick("chưa thể kết luận", "not conclusive"));
    h.append("</ul>\n");
  }

  private static void chip(StringBuilder h, String kind, String number, String label) {
    h.append("<li class=\"chip ").append(kind).append("\"><b>").append(number).append("</b> ")
        .append(esc(label)).append("</li>\n");
  }

  private static void chart(StringBuilder h, Scorecard card, Language lang) {
    int height = AXIS + 10;
    for (List<Scorecard.Progress> list : card.progress().values()) {
      height += PILLAR_ROW + list.size() * ROW;
    }
    h.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"").append(esc(lang.pick("Tiến độ so với mục tiêu", "Progress toward targets")))
        .append("\">\n<defs><pattern id=\"stripes\" width=\"10\" height=\"10\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><rect width=\"10\" height=\"10\" fill=\"#94a3b8\"/>"
            + "<rect width=\"5\" height=\"10\" fill=\"#cbd5e1\"/></pattern></defs>\n");
    // axis: 0, 25, 50, 75, 100, 125 % of the target
    for (int pct = 0; pct <= 125; pct += 25) {
      double x = BAR_LEFT + BAR_WIDTH * (pct / 100.0) / BAR_MAX;
      h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"%s\"/>%n",
          x, AXIS - 6, x, height - 4, pct == 100 ? "target" : "grid"));
      h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%s</text>%n",
          x, AXIS - 12, pct == 100 ? esc(lang.pick("mục tiêu", "target")) : pct + " %"));
    }
    int y = AXIS;
    for (Map.Entry<Pillar, List<Scorecard.Progress>> e : card.progress().entrySet()) {
      String colour = PILLAR_COLOURS.get(e.getKey());
      h.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"6\" height=\"%d\" fill=\"%s\"/>%n", y + 8,
          PILLAR_ROW - 14 + e.getValue().size() * ROW, colour));
      h.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" class=\"pillar\" fill=\"%s\">%s</text>%n",
          y + 28, colour, esc(lang.pick(e.getKey().nameVi(), e.getKey().nameEn()))));
      y += PILLAR_ROW;
      for (Scorecard.Progress p : e.getValue()) {
        bar(h, p, y, lang);
        y += ROW;
      }
    }
    h.append("</svg>\n");
  }

  private static void bar(StringBuilder h, Scorecard.Progress p, int y, Language lang) {
    String name = lang.pick(p.target().descriptionVi(), p.target().descriptionEn());
    h.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" class=\"label\"><title>%s</title>%s</text>%n",
        y + 22, esc(name), esc(shorten(name, 46))));
    h.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" class=\"sub\">%s %s</text>%n", y + 42,
        esc(lang.pick("Mục tiêu", "Target")), esc(Scorecard.targetText(p.target(), lang))));
    double share = Math.max(0, Math.min(p.share().doubleValue(), BAR_MAX));
    double w = BAR_WIDTH * share / BAR_MAX;
    String fill = p.status() == TargetStatus.MEETS ? "#16a34a" : p.status() == TargetStatus.FAILS ? "#dc2626"
        : "url(#stripes)";
    h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"24\" rx=\"4\" class=\"track\"/>%n",
        BAR_LEFT, y + 14, BAR_WIDTH));
    h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"24\" rx=\"4\" fill=\"%s\"/>%n",
        BAR_LEFT, y + 14, w, fill));
    String value = Scorecard.valueText(p.observation(), false, lang) + " · " + Scorecard.statusText(p.status(), lang)
        + " · " + Scorecard.shareText(p, lang);
    boolean inside = w > BAR_WIDTH * 0.62;
    String style = !inside ? "value" : p.status() == TargetStatus.UNKNOWN ? "value halo" : "value in";
    h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"%s\" text-anchor=\"%s\">%s</text>%n",
        inside ? BAR_LEFT + w - 8 : BAR_LEFT + w + 8, y + 31, style,
        inside ? "end" : "start", esc(value)));
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static void table(StringBuilder h, Area area, List<Scorecard.Line> lines, Language lang) {
    h.append("<h3>").append(esc(Scorecard.areaHeading(area, lang).substring(3))).append("</h3>\n<table>\n<thead><tr><th>")
        .append(esc(lang.pick("Chỉ tiêu", "Indicator"))).append("</th><th class=\"num\">")
        .append(esc(lang.pick("Giá trị", "Value"))).append("</th><th>").append(esc(lang.pick("Ghi chú", "Notes")))
        .append("</th></tr></thead>\n<tbody>\n");
    for (Scorecard.Line line : lines) {
      String full = Scorecard.describe(line, lang);
      String name = lang.pick(line.definition().nameVi(), line.definition().nameEn());
      String notes = full.length() > name.length() ? full.substring(name.length() + 2, full.length() - 1) : "";
      h.append("<tr").append(line.derived() ? " class=\"derived\"" : "").append("><td>").append(esc(name))
          .append("<br><code>").append(esc(line.definition().code().toString())).append("</code></td><td class=\"num\">")
          .append(esc(Scorecard.valueText(line.observation(), line.derived(), lang))).append("</td><td>")
          .append(esc(notes)).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': b.append("&amp;"); break;
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '"': b.append("&quot;"); break;
        default: b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS = String.join("\n",
      ":root{--ink:#0f172a;--muted:#475569;--line:#e2e8f0;--bg:#f8fafc}",
      "*{box-sizing:border-box}",
      "body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif}",
      "main{max-width:1160px;margin:0 auto;padding:32px 28px 48px}",
      "header{background:#fff;border:1px solid var(--line);border-radius:14px;padding:24px 28px;margin-bottom:24px}",
      ".kicker{margin:0;color:var(--muted);text-transform:uppercase;letter-spacing:.08em;font-size:12px}",
      "h1{margin:4px 0;font-size:34px}h1 span{color:var(--muted);font-weight:400}",
      ".lead{margin:0 0 16px;color:var(--muted)}",
      ".chips{display:flex;gap:12px;flex-wrap:wrap;list-style:none;margin:0;padding:0}",
      ".chip{border-radius:999px;padding:6px 14px;background:#f1f5f9}.chip b{font-size:18px}",
      ".chip.met{background:#dcfce7;color:#14532d}.chip.fails{background:#fee2e2;color:#7f1d1d}",
      ".chip.unknown{background:#e2e8f0;color:#334155}",
      "section{background:#fff;border:1px solid var(--line);border-radius:14px;padding:20px 28px;margin-bottom:24px}",
      "h2{margin:0 0 6px;font-size:22px}h3{margin:22px 0 8px;font-size:17px}",
      ".note{color:var(--muted);margin:0 0 12px;font-size:13px}",
      ".chart{display:block;max-width:100%;height:auto}",
      ".chart .grid{stroke:#e2e8f0;stroke-width:1}.chart .target{stroke:#0f172a;stroke-width:2;stroke-dasharray:6 4}",
      ".chart .axis{font-size:12px;fill:#64748b}.chart .pillar{font-size:16px;font-weight:700}",
      ".chart .label{font-size:14px;font-weight:600;fill:#0f172a}.chart .sub{font-size:12px;fill:#64748b}",
      ".chart .track{fill:#f1f5f9}.chart .value{font-size:13px;font-weight:600;fill:#0f172a}",
      ".chart .value.in{fill:#fff}.chart .value.halo{paint-order:stroke;stroke:#fff;stroke-width:4px}",
      "table{width:100%;border-collapse:collapse;font-size:14px;table-layout:fixed}",
      "th:nth-child(1){width:60%}th:nth-child(2){width:14%}th:nth-child(3){width:26%}",
      "th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}",
      "th{color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.04em}",
      "td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}",
      "td code{color:#64748b;font-size:11px}tr.derived td{background:#f8fafc;font-style:italic}",
      "footer{color:var(--muted);font-size:12px;word-break:break-all}",
      "");
}
