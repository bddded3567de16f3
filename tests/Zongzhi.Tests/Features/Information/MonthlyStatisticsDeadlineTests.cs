using System.Net;
using System.Text.Json;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Information;

public sealed class MonthlyStatisticsDeadlineTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Monthly_ResultWithinApprovedExtension_CountsLateAgainstOriginalDeadline(string provider)
    {
        await using var town = await AssignmentScenario.CreateAsync(provider);
        var (_, extendedSheet) = await town.ReceivedAsync();
        var (_, promptSheet) = await town.ReceivedAsync();
        var result = new { whatWasDone = "组织双方调解，达成协议。", replyToParty = "已电话答复。", partySatisfaction = "Satisfied" };
        town.MoveTo(new DateTimeOffset(2025, 10, 10, 10, 0, 0, TimeSpan.FromHours(8)));
        Assert.True((await town.PostAsync(AssignmentScenario.JusticeHandler, $"/api/assignments/{promptSheet}/result", result)).IsSuccessStatusCode);
        var requested = await AssignmentScenario.Json(await town.PostAsync(AssignmentScenario.JusticeHandler, $"/api/assignments/{extendedSheet}/extension-requests",
            new { reason = "需等待国土所测量结果。", proposedDueOn = "2025-10-22" }));
        Assert.Equal(HttpStatusCode.OK, (await town.PostAsync(AssignmentScenario.Director, $"/api/extension-requests/{requested.GetProperty("id").GetInt64()}/approve",
            new { approvedDueOn = "2025-10-22", comment = "同意。" })).StatusCode);
        town.MoveTo(new DateTimeOffset(2025, 10, 20, 10, 0, 0, TimeSpan.FromHours(8)));
        Assert.True((await town.PostAsync(AssignmentScenario.JusticeHandler, $"/api/assignments/{extendedSheet}/result", result)).IsSuccessStatusCode);

        var october = await AssignmentScenario.Json(await town.GetAsync(AssignmentScenario.Director, "/api/reports/monthly?month=2025-10"));

        Assert.Equal(1, october.GetProperty("metOnTime").GetInt32());
        Assert.Equal(1, october.GetProperty("metLate").GetInt32());
        Assert.Equal(50.0, october.GetProperty("onTimeRate").GetDouble());
        Assert.Equal(1, october.GetProperty("extensionsRequested").GetInt32());
        Assert.Equal(1, october.GetProperty("extensionsApproved").GetInt32());
        Assert.Equal(JsonValueKind.Object, october.GetProperty("previousMonth").ValueKind);
    }
}
