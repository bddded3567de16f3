using Xunit;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Tests.Information;

public sealed class VillageReportTests
{
    private static readonly DateTime Now = new(2026, 11, 3, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 3);
    private static readonly string[] Categories = ["neighbour", "labour"];

    [Fact]
    public void Start_NegativeAndUnbalancedCounts_NamesEachLine()
    {
        VillageReportLine[] lines = [new("neighbour", -1, 0, 0), new("labour", 5, 2, 2)];

        var result = VillageReport.Start(1, new ReportMonth(2026, 10), lines, null, null, Categories, "reporter", Now, Today);

        var errors = ((ValidationFailure)result.Error!).Errors;
        Assert.Contains(errors, e => e.Field == "lines[0].mediated" && e.Message == "调解数不能为负数");
        Assert.Contains(errors, e => e.Field == "lines[1].mediated" && e.Message.Contains("之和", StringComparison.Ordinal));
    }

    [Fact]
    public void Submit_ThenChange_IsConflict()
    {
        var report = VillageReport.Start(1, new ReportMonth(2026, 10), [new("neighbour", 3, 2, 1)], "无", "无", Categories, "reporter", Now, Today).Value!;

        report.Submit(Now);
        var change = report.Change([], null, null, Categories, Now);

        Assert.Equal(VillageReportStatus.Submitted, report.Status);
        Assert.IsType<ConflictError>(change.Error);
    }

    [Fact]
    public void Start_FutureMonth_IsRefused()
    {
        var result = VillageReport.Start(1, new ReportMonth(2026, 12), [], null, null, Categories, "reporter", Now, Today);

        Assert.Equal("month", ((ValidationError)result.Error!).Field);
    }
}
