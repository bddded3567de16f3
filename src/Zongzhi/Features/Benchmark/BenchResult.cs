using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zongzhi.Features.Benchmark;

/// <summary>
/// One figure of a benchmark run: the product's value beside the raw-database baseline measured in the same run.
/// <see cref="Ratio"/> is always "how much of the baseline's speed the product keeps" (higher is better):
/// product/baseline for throughputs, baseline/product for times. Rows without a baseline (memory, start-up) carry
/// the product value as the ratio's reference: ratio = target limit / product, so the compare mode still sees a drop.
/// </summary>
public sealed record BenchResult(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("product")] double Product,
    [property: JsonPropertyName("baseline")] double? Baseline,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("ratio")] double? Ratio,
    [property: JsonPropertyName("target")] string? Target,
    [property: JsonPropertyName("pass")] bool? Pass)
{
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A throughput (higher is better): ratio = product / baseline.</summary>
    public static BenchResult Rate(string name, double product, double? baseline, string unit, double? minRatio)
    {
        var ratio = baseline is > 0 ? Round(product / baseline.Value) : (double?)null;
        return new(name, Round(product), baseline is null ? null : Round(baseline.Value), unit, ratio,
            minRatio is null ? null : string.Create(CultureInfo.InvariantCulture, $"ratio >= {minRatio:0.##}"),
            minRatio is null ? null : ratio >= minRatio);
    }

    /// <summary>A time (lower is better): ratio = baseline / product; passes when under <paramref name="maxProduct"/> and above <paramref name="minRatio"/>.</summary>
    public static BenchResult Time(string name, double product, double? baseline, string unit, double? maxProduct, double? minRatio = null)
    {
        var ratio = baseline is > 0 && product > 0 ? Round(baseline.Value / product) : maxProduct is not null && product > 0 ? Round(maxProduct.Value / product) : (double?)null;
        var targets = new List<string>();
        if (maxProduct is not null)
        {
            targets.Add(string.Create(CultureInfo.InvariantCulture, $"< {maxProduct} {unit}"));
        }

        if (minRatio is not null)
        {
            targets.Add(string.Create(CultureInfo.InvariantCulture, $"ratio >= {minRatio:0.##}"));
        }

        bool? pass = targets.Count == 0 ? null : (maxProduct is null || product < maxProduct) && (minRatio is null || ratio >= minRatio);
        return new(name, Round(product), baseline is null ? null : Round(baseline.Value), unit, ratio, targets.Count == 0 ? null : string.Join(" and ", targets), pass);
    }

    // A step with no successful operation has no percentile: it is written as 0 (and the failures are reported beside it).
    public static double Round(double value) => double.IsFinite(value) ? Math.Round(value, value >= 100 ? 1 : 3) : 0;

    public static async Task WriteAsync(string directory, string stem, IReadOnlyList<BenchResult> results, string heading, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, stem + ".json"), JsonSerializer.Serialize(results, Json) + "\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, stem + ".md"), Markdown(results, heading), cancellationToken);
    }

    public static string Markdown(IReadOnlyList<BenchResult> results, string heading)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        text.Append("# ").AppendLine(heading).AppendLine();
        text.AppendLine("| name | product | baseline | unit | ratio | target | pass |");
        text.AppendLine("|---|---:|---:|---|---:|---|---|");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Product} | {r.Baseline?.ToString(CultureInfo.InvariantCulture) ?? "—"} | {r.Unit} | {r.Ratio?.ToString(CultureInfo.InvariantCulture) ?? "—"} | {r.Target ?? "—"} | {(r.Pass switch { true => "yes", false => "**no**", null => "—" })} |");
        }

        return text.ToString();
    }

    /// <summary>The names whose ratio dropped more than <paramref name="tolerance"/> below the earlier run's.</summary>
    public static List<string> Regressions(IReadOnlyList<BenchResult> current, IReadOnlyList<BenchResult> earlier, double tolerance = 0.10)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(earlier);
        var before = earlier.Where(r => r.Ratio is not null).GroupBy(r => r.Name).ToDictionary(g => g.Key, g => g.First().Ratio!.Value);
        return [.. current.Where(r => r.Ratio is not null && before.TryGetValue(r.Name, out var old) && r.Ratio < old * (1 - tolerance))
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Name}: ratio {r.Ratio} < {before[r.Name]} × {1 - tolerance:0.##}"))];
    }

    public static IReadOnlyList<BenchResult> Read(string path) =>
        JsonSerializer.Deserialize<List<BenchResult>>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} holds no results.");
}
