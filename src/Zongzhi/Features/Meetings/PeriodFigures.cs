using Zongzhi.Domain.Meetings;

namespace Zongzhi.Features.Meetings;

/// <summary>
/// The statistics of one period and scope (统计数据), as shown in the monthly meeting pack and in written periodic
/// reports, and kept as JSON in an issued report. Satisfaction is counted twice: from the center's callbacks (回访),
/// and from the parties' own ratings on the public status page (群众评价, 一案一码). Rates are percentages to one decimal, null when nothing to divide.
/// </summary>
public sealed record PeriodFigures(
    string Period, string PeriodTitle, DateOnly FirstDay, DateOnly LastDay, long? VillageId, string Scope,
    PeriodFigures.Core Totals,
    IReadOnlyList<PeriodFigures.Count> ByChannel,
    IReadOnlyList<PeriodFigures.Count> ByCategory,
    IReadOnlyList<PeriodFigures.Count> ByVillage,
    PeriodFigures.Handling Deadlines,
    int Callbacks, int Satisfied, double? SatisfactionRate,
    int Ratings, int RatedSatisfied, double? RatingSatisfactionRate,
    int Rehandlings, int LeaderCasesAssigned, int LeaderCasesClosed, int ExtensionsRequested, int ExtensionsApproved,
    IReadOnlyList<PeriodFigures.Count> InformationBySource, int OpenEmergencies,
    int? VillageReportsReceived, int? VillageReportsMissing, IReadOnlyList<string> VillagesMissing,
    IReadOnlyList<PeriodFigures.AccountabilityRow> Accountability,
    PeriodFigures.Core PreviousPeriod, PeriodFigures.Core SamePeriodLastYear,
    IReadOnlyList<Hotspot> RisingVillages, IReadOnlyList<Hotspot> RisingCategories,
    IReadOnlyList<PeriodFigures.TrendPoint> Trend,
    long? DepartmentId = null)
{
    /// <summary>The headline counts, also computed for the comparison periods.</summary>
    public sealed record Core(int Received, int Accepted, int Closed, double? AcceptanceRate, double? ClosingRate, double? OnTimeRate,
        int InformationItems, int Emergencies);

    /// <summary>A labelled count (channel, category, village, source).</summary>
    public sealed record Count(string Key, string Label, int Value);

    /// <summary>
    /// Deadlines of assignment sheets and leader cases: met in the period on time or late against the ORIGINAL last
    /// day (an approved extension does not make a late result on time), and still open and past their current last day
    /// at the period's end (or today, for the running period).
    /// </summary>
    public sealed record Handling(int MetOnTime, int MetLate, double? OnTimeRate, int OpenAtEnd, int OverdueAtEnd, double? OverdueRate, int Extended);

    /// <summary>Accountability records opened in the period, by department and ground.</summary>
    public sealed record AccountabilityRow(string Department, string Ground, int Opened, int Closed, string Outcomes);

    /// <summary>One month of the 12-month trend.</summary>
    public sealed record TrendPoint(string Month, int Received, int Closed);

    public static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1, MidpointRounding.AwayFromZero);
}
