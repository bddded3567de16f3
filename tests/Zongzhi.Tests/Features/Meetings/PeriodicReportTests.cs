using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Assignments.AssignmentScenario;

namespace Zongzhi.Tests.Features.Meetings;

/// <summary>定期书面报告: generated from the pack's statistics, edited, issued under a unique number, archived, exported and printed.</summary>
public sealed class PeriodicReportTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Generate_EditIssue_SameFiguresAsPackNumberedArchivedExported(string provider)
    {
        await using var town = await MeetingPackFixture.CreateAsync(provider);
        var pack = await Json(await town.GetAsync(Director, "/api/meetings/pack?month=2025-10"));

        var created = await town.PostAsync(Director, "/api/meetings/reports", new { kind = "Month", period = "2025-10", audience = "CenterLeaders" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var report = await Json(created);
        var id = report.GetProperty("id").GetInt64();
        Assert.Equal("Draft", report.GetProperty("status").GetString());
        Assert.Equal(pack.GetProperty("totals").GetRawText(), report.GetProperty("figures").GetProperty("totals").GetRawText());
        Assert.Equal(pack.GetProperty("deadlines").GetRawText(), report.GetProperty("figures").GetProperty("deadlines").GetRawText());
        Assert.Contains("共收到矛盾纠纷和信访事项 4 件", report.GetProperty("body").GetString(), StringComparison.Ordinal);
        var version = report.GetProperty("version").GetInt32();
        var edited = await town.PutAsync(Director, $"/api/meetings/reports/{id}", new { title = "2025年10月综治工作月报", body = "=HYPERLINK(\"http://x\")\n二、下一步加强排查。", version });
        var stale = await town.PutAsync(Director, $"/api/meetings/reports/{id}", new { title = "另一人的标题", body = "x", version });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var issued = await town.PostAsync(Director, $"/api/meetings/reports/{id}/issue", new { version = (await Json(edited)).GetProperty("version").GetInt32() });
        var second = await Json(await town.PostAsync(Director, "/api/meetings/reports",
            new { kind = "Quarter", period = "2025-Q4", departmentId = town.Town.JusticeOffice, audience = "HigherDepartments" }));
        var secondIssued = await town.PostAsync(Director, $"/api/meetings/reports/{second.GetProperty("id").GetInt64()}/issue", new { });
        var editIssued = await town.PutAsync(Director, $"/api/meetings/reports/{id}", new { title = "改", body = "改" });
        var refreshIssued = await town.PostAsync(Director, $"/api/meetings/reports/{id}/refresh", new { });
        var issueAgain = await town.PostAsync(Director, $"/api/meetings/reports/{id}/issue", new { });

        Assert.Equal("综治报〔2025〕1号", (await Json(issued)).GetProperty("issueNumber").GetString());
        Assert.Equal("Issued", (await Json(issued)).GetProperty("status").GetString());
        Assert.Equal("司法所", second.GetProperty("scopeName").GetString());
        Assert.Equal("综治报〔2025〕2号", (await Json(secondIssued)).GetProperty("issueNumber").GetString());
        Assert.Contains("已印发", await ProblemOf(editIssued, HttpStatusCode.Conflict), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refreshIssued.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, issueAgain.StatusCode);
        Assert.Equal(2, await town.App.WithDbAsync(db => db.PeriodicReports.Select(r => r.IssueNumber).Distinct().CountAsync(n => n != null)));

        var excel = await town.GetAsync(Director, $"/api/meetings/reports/{id}/excel");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using var stream = new MemoryStream(await excel.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal("报告", stream.GetSheetNames()[0]);
        var rows = stream.Query(useHeaderRow: true, sheetName: "报告").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("综治报〔2025〕1号", rows[0]["内容"]);
        Assert.Equal("'=HYPERLINK(\"http://x\")", rows.Single(r => Equals(r["项目"], "正文"))["内容"]);
        var page = await (await town.GetAsync(Director, $"/Meetings/Reports/{id}")).Content.ReadAsStringAsync(Cancel);
        Assert.Contains("综治报〔2025〕1号", page, StringComparison.Ordinal);
        Assert.Contains("不能修改", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Form.Body\"", page, StringComparison.Ordinal);
        var actions = await town.App.WithDbAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("reports.")).Select(a => a.Action).ToListAsync());
        Assert.Equal(["reports.edit", "reports.export", "reports.generate", "reports.generate", "reports.issue", "reports.issue"], actions.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Generate_WrongRoleOrBadInput_RefusedInChinese(string provider)
    {
        await using var s = await CreateAsync(provider);
        await s.App.CreateUserAsync("top", Roles.TopLeader);
        var request = new { kind = "Month", period = "2025-08" };

        var byClerk = await s.PostAsync(Clerk, "/api/meetings/reports", request);
        var byTop = await s.PostAsync("top", "/api/meetings/reports", request);
        var noKind = await s.PostAsync(Director, "/api/meetings/reports", new { period = "2025-08" });
        var wrongPeriod = await s.PostAsync(Director, "/api/meetings/reports", new { kind = "Week", period = "2025-08" });
        var twoScopes = await s.PostAsync(Director, "/api/meetings/reports", new { kind = "Month", period = "2025-08", villageId = s.Town.EastVillage, departmentId = s.Town.JusticeOffice });
        var noVillage = await s.PostAsync(Director, "/api/meetings/reports", new { kind = "Month", period = "2025-08", villageId = 99999 });
        var created = await Json(await s.PostAsync(Director, "/api/meetings/reports", new { kind = "Week", period = "2025-W39", villageId = s.Town.EastVillage }));
        var id = created.GetProperty("id").GetInt64();
        var noTitle = await s.PutAsync(Director, $"/api/meetings/reports/{id}", new { title = " ", body = "正文" });
        var readByTop = await s.GetAsync("top", $"/api/meetings/reports/{id}");
        var readByHandler = await s.GetAsync(JusticeHandler, $"/api/meetings/reports/{id}");
        var excelByHandler = await s.GetAsync(JusticeHandler, $"/api/meetings/reports/{id}/excel");
        var issueByTop = await s.PostAsync("top", $"/api/meetings/reports/{id}/issue", new { });

        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byTop.StatusCode);
        Assert.Equal("请选择报告类型（周报、月报、季报）", await ErrorOf(noKind, "kind"));
        Assert.StartsWith("统计期间应与报告类型一致", await ErrorOf(wrongPeriod, "period"), StringComparison.Ordinal);
        Assert.Equal("范围只能选择全镇、一个村(社区)或一个部门", await ErrorOf(twoScopes, "scope"));
        Assert.Equal("村(社区)不存在", await ErrorOf(noVillage, "villageId"));
        Assert.Equal("东村", created.GetProperty("scopeName").GetString());
        Assert.Equal("2025-W39", created.GetProperty("period").GetString());
        Assert.Equal("请填写标题", await ErrorOf(noTitle, "title"));
        Assert.Equal(HttpStatusCode.OK, readByTop.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readByHandler.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, excelByHandler.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, issueByTop.StatusCode);
        Assert.Equal(1, await s.App.WithDbAsync(db => db.PeriodicReports.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Pages_GenerateEditAndIssue_ThroughForms(string provider)
    {
        await using var s = await CreateAsync(provider);
        var director = await s.As(Director);

        var badPeriod = await PageForm.PostAsync(director, "/Meetings/Reports", "", ("Form.Kind", "Quarter"), ("Form.Period", "2025-09"), ("Form.Scope", ""), ("Form.Audience", "CenterLeaders"));
        var generated = await PageForm.PostAsync(director, "/Meetings/Reports", "", ("Form.Kind", "Month"), ("Form.Period", "2025-08"),
            ("Form.Scope", $"v:{s.Town.EastVillage}"), ("Form.Audience", "CenterLeaders"));
        var details = await PageForm.FollowAsync(director, generated);
        var url = generated.Headers.Location!.OriginalString;
        var emptyBody = await PageForm.PostAsync(director, url, "Edit", ("Form.Title", "东村8月月报"), ("Form.Body", ""));
        var saved = await PageForm.PostAsync(director, url, "Edit", ("Form.Title", "东村8月月报"), ("Form.Body", "一、基本情况。"));
        var afterSave = await PageForm.FollowAsync(director, saved);
        var issued = await PageForm.PostAsync(director, url, "Issue");
        var afterIssue = await PageForm.FollowAsync(director, issued);

        Assert.StartsWith("统计期间应与报告类型一致", PageForm.MessageBeside(await badPeriod.Content.ReadAsStringAsync(Cancel), "Form.Period"), StringComparison.Ordinal);
        Assert.Contains("报告草稿已生成", details, StringComparison.Ordinal);
        Assert.Equal("请填写正文", PageForm.MessageBeside(await emptyBody.Content.ReadAsStringAsync(Cancel), "Form.Body"));
        Assert.Contains("报告已保存", afterSave, StringComparison.Ordinal);
        Assert.Contains("综治报〔2025〕1号", afterIssue, StringComparison.Ordinal);
        Assert.Contains("东村8月月报", await director.GetStringAsync("/Meetings/Reports", Cancel), StringComparison.Ordinal);
    }
}
