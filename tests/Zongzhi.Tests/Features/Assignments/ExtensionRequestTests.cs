using System.Net;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Assignments.AssignmentScenario;

namespace Zongzhi.Tests.Features.Assignments;

public sealed class ExtensionRequestTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Extension_ApprovedThenRejected_MovesDeadlineOnceAndKeepsOriginal(string provider)
    {
        await using var town = await CreateAsync(provider);
        var (_, sheetId) = await town.ReceivedAsync();

        var requested = await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/extension-requests",
            new { reason = "需等待国土所测量结果。", proposedDueOn = "2025-10-24" });
        var firstId = (await Json(requested)).GetProperty("id").GetInt64();
        var queue = await Json(await town.GetAsync(Director, "/api/extension-requests?status=Pending"));
        var approved = await town.PostAsync(Director, $"/api/extension-requests/{firstId}/approve", new { approvedDueOn = "2025-10-22", comment = "同意延期至22日。" });
        var again = await town.PostAsync(Director, $"/api/extension-requests/{firstId}/reject", new { reason = "重复审批" });
        var secondId = (await Json(await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/extension-requests",
            new { reason = "当事人外出务工。", proposedDueOn = "2025-10-31" }))).GetProperty("id").GetInt64();
        var rejected = await town.PostAsync(Director, $"/api/extension-requests/{secondId}/reject", new { reason = "理由不充分，请按期办结。" });
        var sheet = await town.SheetAsync(sheetId, JusticeHandler);
        var pending = await Json(await town.GetAsync(Director, "/api/extension-requests?status=Pending"));

        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        var item = Assert.Single(queue.GetProperty("items").EnumerateArray());
        Assert.Equal(firstId, item.GetProperty("id").GetInt64());
        Assert.Equal("2025-10-16", item.GetProperty("dueOnAtRequest").GetString());
        Assert.Equal("Approved", (await Json(approved)).GetProperty("status").GetString());
        Assert.Contains("已处理", await ProblemOf(again, HttpStatusCode.Conflict));
        Assert.Equal("Rejected", (await Json(rejected)).GetProperty("status").GetString());
        var deadline = sheet.GetProperty("deadline");
        Assert.Equal("2025-10-22", deadline.GetProperty("dueOn").GetString());
        Assert.Equal("2025-10-16", deadline.GetProperty("originalDueOn").GetString());
        Assert.True(deadline.GetProperty("isExtended").GetBoolean());
        Assert.Equal(2, sheet.GetProperty("rounds")[0].GetProperty("extensionRequests").GetArrayLength());
        Assert.Equal(0, pending.GetProperty("items").GetArrayLength());
        Assert.Contains("交办单 JB-2025-000001 申请延期", await town.NotificationTitlesAsync(Director));
        Assert.Contains("交办单 JB-2025-000001 延期已批准", await town.NotificationTitlesAsync(JusticeHead));
        Assert.Contains("交办单 JB-2025-000001 延期未获批准", await town.NotificationTitlesAsync(JusticeHandler));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Extension_RequestedAfterTheDeadline_IsRefused(string provider)
    {
        await using var town = await CreateAsync(provider);
        var (_, sheetId) = await town.ReceivedAsync();
        town.MoveTo(new DateTimeOffset(2025, 10, 17, 9, 0, 0, TimeSpan.FromHours(8)));

        var late = await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/extension-requests",
            new { reason = "来不及了。", proposedDueOn = "2025-10-24" });
        var sheet = await town.SheetAsync(sheetId, JusticeHandler);

        Assert.Contains("已过", await ProblemOf(late, HttpStatusCode.Conflict));
        Assert.Equal(0, sheet.GetProperty("rounds")[0].GetProperty("extensionRequests").GetArrayLength());
        Assert.True(sheet.GetProperty("deadline").GetProperty("isOverdue").GetBoolean());
        Assert.Equal(-1, sheet.GetProperty("deadline").GetProperty("workingDaysRemaining").GetInt32());
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Extension_DecidedByTheOfficeForACenterMatter_IsForbidden(string provider)
    {
        await using var town = await CreateAsync(provider);
        var (_, sheetId) = await town.ReceivedAsync();
        var id = (await Json(await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/extension-requests",
            new { reason = "需等待测量。", proposedDueOn = "2025-10-24" }))).GetProperty("id").GetInt64();

        var byOffice = await town.PostAsync(Office, $"/api/extension-requests/{id}/approve", new { });
        var byHandler = await town.PostAsync(JusticeHandler, $"/api/extension-requests/{id}/approve", new { });

        Assert.Equal(HttpStatusCode.NotFound, byOffice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byHandler.StatusCode);
    }
}
