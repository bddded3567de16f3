using System.Globalization;

namespace Zongzhi.Features.Meetings;

/// <summary>
/// The tables of a meeting pack or periodic report, built once from <see cref="PeriodFigures"/> and shown by the
/// pages, the printable layout and the Excel export alike (one sheet per table).
/// </summary>
public static class PackTables
{
    public sealed record Table(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object>> Rows);

    public static IReadOnlyList<Table> From(PeriodFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var tables = new List<Table>
        {
            Headline(f),
            new("办理与时限", ["指标", "数值"],
            [
                ["按期办结（按原定期限）", f.Deadlines.MetOnTime],
                ["逾期办结（含批准延期后办结）", f.Deadlines.MetLate],
                ["按期办结率", MeetingLabels.Rate(f.Deadlines.OnTimeRate)],
                ["其中经延期后办结", f.Deadlines.Extended],
                ["期末在办", f.Deadlines.OpenAtEnd],
                ["期末超期未办结", f.Deadlines.OverdueAtEnd],
                ["超期率", MeetingLabels.Rate(f.Deadlines.OverdueRate)],
                ["回访次数", f.Callbacks],
                ["满意（含基本满意）", f.Satisfied],
                ["满意率", MeetingLabels.Rate(f.SatisfactionRate)],
                ["群众评价（一案一码）", f.Ratings],
                ["评价满意（含基本满意）", f.RatedSatisfied],
                ["群众评价满意率", MeetingLabels.Rate(f.RatingSatisfactionRate)],
                ["重新办理", f.Rehandlings],
                ["领导包案（交办）", f.LeaderCasesAssigned],
                ["领导包案（办结）", f.LeaderCasesClosed],
                ["延期申请", f.ExtensionsRequested],
                ["延期批准", f.ExtensionsApproved],
                ["未结束的重大突发事件", f.OpenEmergencies],
            ]),
            Counts("按来源渠道", "渠道", "事项数", f.ByChannel),
            Counts("按纠纷类别", "类别", "事项数", f.ByCategory),
            Counts("按村(社区)", "村(社区)", "事项数", f.ByVillage),
            Counts("信息来源", "来源", "信息条数", f.InformationBySource),
            new("村(社区)月报", ["已报送", "未报送", "未报送的村(社区)"],
                f.VillageReportsReceived is null
                    ? [["—", "—", "本期不含完整月份，不统计月报"]]
                    : [[f.VillageReportsReceived.Value, f.VillageReportsMissing ?? 0, f.VillagesMissing.Count == 0 ? "无" : string.Join("、", f.VillagesMissing)]]),
            new("责任追究", ["部门", "事由", "立项", "办结", "处理结果"],
                [.. f.Accountability.Select(r => (IReadOnlyList<object>)[r.Department, r.Ground, r.Opened, r.Closed, r.Outcomes.Length == 0 ? "—" : r.Outcomes])]),
            new("热点", ["类型", "名称", "本期", "上期", "增加"],
                [.. f.RisingVillages.Select(h => (IReadOnlyList<object>)["村(社区)", h.Name, h.Current, h.Previous, h.Rise]),
                 .. f.RisingCategories.Select(h => (IReadOnlyList<object>)["类别", h.Name, h.Current, h.Previous, h.Rise])]),
            new("近12个月趋势", ["月份", "收到事项", "办结事项"],
                [.. f.Trend.Select(t => (IReadOnlyList<object>)[t.Month, t.Received, t.Closed])]),
        };
        return tables;
    }

    private static Table Headline(PeriodFigures f)
    {
        var c = f.Totals;
        var p = f.PreviousPeriod;
        var y = f.SamePeriodLastYear;
        IReadOnlyList<object> Count(string name, int now, int previous, int lastYear) =>
            [name, now, previous, MeetingLabels.Change(now, previous), lastYear, MeetingLabels.Change(now, lastYear)];
        IReadOnlyList<object> Rate(string name, double? now, double? previous, double? lastYear) =>
            [name, MeetingLabels.Rate(now), MeetingLabels.Rate(previous), Points(now, previous), MeetingLabels.Rate(lastYear), Points(now, lastYear)];
        return new("主要指标", ["指标", "本期", "上期", "环比", "去年同期", "同比"],
        [
            Count("收到事项", c.Received, p.Received, y.Received),
            Count("受理", c.Accepted, p.Accepted, y.Accepted),
            Count("办结", c.Closed, p.Closed, y.Closed),
            Rate("受理率（本期收到）", c.AcceptanceRate, p.AcceptanceRate, y.AcceptanceRate),
            Rate("办结率（本期收到）", c.ClosingRate, p.ClosingRate, y.ClosingRate),
            Rate("按期办结率", c.OnTimeRate, p.OnTimeRate, y.OnTimeRate),
            Count("信息", c.InformationItems, p.InformationItems, y.InformationItems),
            Count("重大突发事件/越级上访", c.Emergencies, p.Emergencies, y.Emergencies),
        ]);
    }

    private static string Points(double? now, double? before) => now is { } a && before is { } b
        ? (a - b) switch
        {
            0 => "持平",
            > 0 and var d => "+" + d.ToString("0.#", CultureInfo.InvariantCulture) + "个百分点",
            var d => "−" + (-d).ToString("0.#", CultureInfo.InvariantCulture) + "个百分点",
        }
        : "—";

    private static Table Counts(string title, string keyHeader, string valueHeader, IReadOnlyList<PeriodFigures.Count> counts) =>
        new(title, [keyHeader, valueHeader], counts.Count == 0 ? [] : [.. counts.Select(x => (IReadOnlyList<object>)[x.Label, x.Value]), ["合计", counts.Sum(x => x.Value)]]);
}
