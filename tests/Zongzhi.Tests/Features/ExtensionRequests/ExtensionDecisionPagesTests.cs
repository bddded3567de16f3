using System.Net;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Features.LeaderCases;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.ExtensionRequests;

/// <summary>
/// The extension-approval page (/ExtensionRequests) carries the one-time form token of the other forms (D5):
/// the same decision posted twice — a double click, or a retry after a lost answer — decides once and both posts land
/// on the queue, instead of the second being refused.
/// </summary>
public sealed class ExtensionDecisionPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<long> PendingLeaderCaseRequestAsync(LeaderCaseScenario s)
    {
        var (_, caseId) = await s.HandAsync();
        var url = $"/LeaderCases/Details/{caseId}";
        Assert.Equal(HttpStatusCode.Redirect, (await PageForm.PostAsync(s.Leader, url, "Take")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PageForm.PostAsync(s.Leader, url, "Extension",
            ("Form.Reason", "当事人外出务工，需待其返乡后再行调处"), ("Form.ProposedDueOn", "2027-01-29"))).StatusCode);
        return await s.App.WithDbAsync(db => db.LeaderCases.Where(c => c.Id == caseId).SelectMany(c => c.ExtensionRequests).Select(r => r.Id).SingleAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Approve_PostedTwiceWithTheSameForm_DecidesOnce_BothLandOnTheQueue(string provider)
    {
        await using var s = await LeaderCaseScenario.CreateAsync(provider);
        var requestId = await PendingLeaderCaseRequestAsync(s);
        var queue = await s.TopLeader.GetStringAsync("/ExtensionRequests", Ct);
        var fields = new[] { ("Form.RequestId", $"{requestId}"), ("Form.ApprovedDueOn", "2027-01-29"), ("Form.Comment", "同意") };

        var first = await PageForm.PostWithAsync(s.TopLeader, queue, "/ExtensionRequests", "ApproveLeaderCase", fields);
        var second = await PageForm.PostWithAsync(s.TopLeader, queue, "/ExtensionRequests", "ApproveLeaderCase", fields);

        Assert.Matches("name=\"Form.FormToken\" value=\"[0-9a-f]{32}\"", queue);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains("包案延期已批准", await PageForm.FollowAsync(s.TopLeader, second), StringComparison.Ordinal);
        Assert.Equal(ExtensionRequestStatus.Approved, await s.App.WithDbAsync(db =>
            db.LeaderCases.SelectMany(c => c.ExtensionRequests).Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync(Ct)));
        Assert.Equal(1, await s.App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "leaderCase.approveExtension", Ct)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Reject_PostedTwiceWithTheSameForm_DecidesOnce_AFreshPageStillRefusesADecidedRequest(string provider)
    {
        await using var s = await LeaderCaseScenario.CreateAsync(provider);
        var requestId = await PendingLeaderCaseRequestAsync(s);
        var queue = await s.TopLeader.GetStringAsync("/ExtensionRequests", Ct);
        var fields = new[] { ("Form.RequestId", $"{requestId}"), ("Form.Reason", "理由不充分，请按期办结") };

        var first = await PageForm.PostWithAsync(s.TopLeader, queue, "/ExtensionRequests", "RejectLeaderCase", fields);
        var second = await PageForm.PostWithAsync(s.TopLeader, queue, "/ExtensionRequests", "RejectLeaderCase", fields);
        var fresh = await PageForm.PostAsync(s.TopLeader, "/ExtensionRequests", "RejectLeaderCase", fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.Equal(ExtensionRequestStatus.Rejected, await s.App.WithDbAsync(db =>
            db.LeaderCases.SelectMany(c => c.ExtensionRequests).Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync(Ct)));
        Assert.Equal(1, await s.App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "leaderCase.rejectExtension", Ct)));
    }
}
