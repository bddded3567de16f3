using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Zongzhi.Features.Meetings;

/// <summary>
/// Charts drawn on the server as inline SVG (no script): a trend line of months and horizontal bars of labelled
/// counts. Text is HTML-encoded; each chart has a role="img" and a Chinese title for screen readers, and prints as
/// vectors on A4.
/// </summary>
public static class SvgCharts
{
    private const string Font = "font-family=\"'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif\"";

    public sealed record Series(string Name, string Colour, IReadOnlyList<int> Values);

    /// <summary>A line per series over <paramref name="labels"/> (e.g. 12 months), with a legend and a value axis.</summary>
    public static IHtmlContent Line(string title, IReadOnlyList<string> labels, IReadOnlyList<Series> series, int width = 680, int height = 260)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(series);
        const int left = 44, right = 16, top = 34, bottom = 36;
        var plotWidth = width - left - right;
        var plotHeight = height - top - bottom;
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var step = NiceStep(max);
        var axisMax = (int)Math.Ceiling(max / (double)step) * step;
        double X(int i) => left + (labels.Count <= 1 ? plotWidth / 2.0 : plotWidth * i / (double)(labels.Count - 1));
        double Y(int v) => top + plotHeight - (plotHeight * v / (double)axisMax);

        var svg = Open(title, width, height, "chart-line");
        for (var v = 0; v <= axisMax; v += step)
        {
            svg.Append(Invariant($"<line x1=\"{left}\" y1=\"{Y(v):0.#}\" x2=\"{width - right}\" y2=\"{Y(v):0.#}\" stroke=\"#ddd\"/>"));
            svg.Append(Invariant($"<text x=\"{left - 6}\" y=\"{Y(v) + 4:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#555\">{v}</text>"));
        }

        for (var i = 0; i < labels.Count; i++)
        {
            svg.Append(Invariant($"<text x=\"{X(i):0.#}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">{Encode(labels[i])}</text>"));
        }

        var legendX = left;
        foreach (var s in series)
        {
            var points = string.Join(' ', s.Values.Select((v, i) => Invariant($"{X(i):0.#},{Y(v):0.#}")));
            svg.Append(Invariant($"<polyline class=\"series\" fill=\"none\" stroke=\"{s.Colour}\" stroke-width=\"2\" points=\"{points}\"/>"));
            for (var i = 0; i < s.Values.Count; i++)
            {
                svg.Append(Invariant($"<circle cx=\"{X(i):0.#}\" cy=\"{Y(s.Values[i]):0.#}\" r=\"3\" fill=\"{s.Colour}\"><title>{Encode(labels[i])} {Encode(s.Name)}：{s.Values[i]}</title></circle>"));
            }

            svg.Append(Invariant($"<rect x=\"{legendX}\" y=\"10\" width=\"14\" height=\"4\" fill=\"{s.Colour}\"/>"));
            svg.Append(Invariant($"<text x=\"{legendX + 18}\" y=\"16\" font-size=\"12\" fill=\"#333\">{Encode(s.Name)}</text>"));
            legendX += 30 + (s.Name.Length * 13);
        }

        return Close(svg);
    }

    /// <summary>Horizontal bars, one per label (at most <paramref name="maxBars"/>, the largest first as given).</summary>
    public static IHtmlContent Bars(string title, IReadOnlyList<(string Label, int Value)> bars, string colour = "#2b6cb0", int width = 680, int maxBars = 12)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var shown = bars.Take(maxBars).ToList();
        const int labelWidth = 120, right = 48, rowHeight = 24, top = 8;
        var height = top + (Math.Max(1, shown.Count) * rowHeight) + 8;
        var max = Math.Max(1, shown.Select(b => b.Value).DefaultIfEmpty(0).Max());
        var plotWidth = width - labelWidth - right;
        var svg = Open(title, width, height, "chart-bars");
        if (shown.Count == 0)
        {
            svg.Append(Invariant($"<text x=\"{width / 2}\" y=\"{top + 16}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#777\">本期无数据</text>"));
        }

        for (var i = 0; i < shown.Count; i++)
        {
            var y = top + (i * rowHeight);
            var barWidth = plotWidth * shown[i].Value / (double)max;
            svg.Append(Invariant($"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"12\" fill=\"#333\">{Encode(Shorten(shown[i].Label))}</text>"));
            svg.Append(Invariant($"<rect class=\"bar\" x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{barWidth:0.#}\" height=\"{rowHeight - 8}\" fill=\"{colour}\"><title>{Encode(shown[i].Label)}：{shown[i].Value}</title></rect>"));
            svg.Append(Invariant($"<text x=\"{labelWidth + barWidth + 4:0.#}\" y=\"{y + 15}\" font-size=\"12\" fill=\"#333\">{shown[i].Value}</text>"));
        }

        return Close(svg);
    }

    private static StringBuilder Open(string title, int width, int height, string kind) =>
        new StringBuilder().Append(Invariant($"<svg class=\"chart {kind}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{Encode(title)}\" {Font}><title>{Encode(title)}</title>"));

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static int NiceStep(int max) => max switch
    {
        <= 5 => 1,
        <= 10 => 2,
        <= 25 => 5,
        <= 50 => 10,
        <= 100 => 20,
        _ => (int)Math.Ceiling(max / 50.0) * 10,
    };

    private static string Shorten(string label) => label.Length > 8 ? label[..7] + "…" : label;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
