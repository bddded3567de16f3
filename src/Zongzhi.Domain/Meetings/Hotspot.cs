namespace Zongzhi.Domain.Meetings;

/// <summary>A village or category whose matters rose against the previous period (热点).</summary>
/// <param name="Name">The village or category.</param>
/// <param name="Current">Matters received in the period.</param>
/// <param name="Previous">Matters received in the previous period.</param>
public sealed record Hotspot(string Name, int Current, int Previous)
{
    /// <summary>The rise in matters.</summary>
    public int Rise => Current - Previous;

    /// <summary>
    /// The names that rose, most first (ties: more matters now, then by name), at most <paramref name="top"/>: the
    /// monthly meeting's analysis of where disputes are growing (综治例会：分析通报上一阶段矛盾纠纷情况).
    /// </summary>
    /// <param name="current">Counts of the period by name.</param>
    /// <param name="previous">Counts of the previous period by name.</param>
    /// <param name="top">How many to keep.</param>
    public static IReadOnlyList<Hotspot> Rising(IReadOnlyDictionary<string, int> current, IReadOnlyDictionary<string, int> previous, int top)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        return [.. current.Select(c => new Hotspot(c.Key, c.Value, previous.GetValueOrDefault(c.Key)))
            .Where(h => h.Rise > 0)
            .OrderByDescending(h => h.Rise).ThenByDescending(h => h.Current).ThenBy(h => h.Name, StringComparer.Ordinal)
            .Take(top)];
    }
}
