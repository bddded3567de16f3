using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Printing;

public sealed class PrintPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string N(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task EveryDocument_ForTheDirector_ShowsItsFiguresWithPersonalDataMaskedAndIsAudited(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider, now: PrintScenario.EveOfNationalDay);
        var s = await PrintScenario.CreateAsync(app, Ct);
        using var director = await app.LoginAsync(PrintScenario.Director);
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "print", Ct));

        var pages = new Dictionary<string, string>();
        foreach (var (name, url) in s.Documents)
        {
            var response = await director.GetAsync(url, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            pages[name] = await response.Content.ReadAsStringAsync(Ct);
        }

        AssertContains(pages["sheet-round1"], "交 办 单", "编号：JB-2025-000001", "ZZ-2025-000001", "示范镇综治工作中心（盖章）", "司法所", "派出所",
            "自签收交办单之日起 7 个工作日内办结", "签收日 2025-09-30", "2025-10-22", "原定 2025-10-16，已批准延期", "请依法调处，七个工作日内答复当事人。",
            "张*", "138****5678", "东村三组12****", "李*", "2025年9月30日");
        AssertContains(pages["sheet"], "第 2 轮 · 重新办理", "当事人不满意，请重新测量边界。", "本轮起算日 2025-09-30");
        Assert.DoesNotContain("原定 2025-10-16", pages["sheet"], StringComparison.Ordinal);
        AssertContains(pages["reminder"], "催 办 通 知 单", $"综治催〔2025〕{N(s.ReminderId)}号", "司法所：", "交办单 JB-2025-000001", "请抓紧办理，节后第一天报进展。",
            "于 2025-09-30 签收", "张*", "138****5678");
        AssertContains(pages["materials-notice"], "督 办 通 知 单", "（调阅材料）", $"综治督调〔2025〕{N(s.MaterialsId)}号", "调解笔录、现场照片",
            "<strong>2025-10-10</strong>", "督查督办部门的职权第2条");
        AssertContains(pages["report-notice"], "（汇报办理情况）", $"综治督报〔2025〕{N(s.ReportId)}号", "调处进展及难点", "司法所负责人");
        AssertContains(pages["extension"], "延 期 申 请 审 批 表", $"综治延〔2025〕{N(s.ExtensionId)}号", "交办单 JB-2025-000001（第 1 轮）",
            "<td>2025-10-16</td>", "<td>2025-10-24</td>", "需等待国土所测量结果。", "同意延期", "<strong>2025-10-22</strong>（审批另定期限）",
            "同意延期至22日。", "示范镇综治工作中心（盖章）");
        AssertContains(pages["transfer-notice"], "移 交 告 知 书", $"综治移告〔2025〕{N(s.TransferredMatterId)}号", "张*：", "ZZ-2025-000002",
            "<strong>县人社局</strong>", "示范镇党政办负责督查督办", "送 达 回 证", "2025年9月30日");
        AssertContains(pages["written-notice"], "书 面 通 报", "综治通〔2025〕3号", "镇党政办：", "该劳动争议已转县人社局办理，请督办。", "县人社局");
        AssertContains(pages["meeting-minutes"], "协 调 会 纪 要", $"综治纪〔2025〕{N(s.MeetingId)}号", "宅基地边界协调", "综治中心会议室", "司法所、派出所",
            "司法所所长、派出所所长", "议定由派出所协助维持现场秩序，司法所组织重新测量。", "重新测量边界", "测量当日维持秩序", "2025-10-15", "未完成");
        AssertContains(pages["archive-catalogue"], "归 档 目 录", "档案号：WS-2025-001", "ZZ-2025-000001", "3 件", "受理登记表", "交办单", "调解协议书", "东村");
        foreach (var (name, html) in pages)
        {
            Assert.False(html.Contains("张三", StringComparison.Ordinal), name);
            Assert.False(html.Contains("李四", StringComparison.Ordinal), name);
            Assert.False(html.Contains("13812345678", StringComparison.Ordinal), name);
            Assert.False(html.Contains("11010519491231002X", StringComparison.Ordinal), name);
            Assert.False(html.Contains("东村三组12号", StringComparison.Ordinal), name);
            Assert.Contains("css/print.css", html, StringComparison.Ordinal);
            Assert.DoesNotContain("site-header", html, StringComparison.Ordinal);
        }

        var prints = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "print").OrderBy(a => a.Id)
            .Select(a => new { a.EntityType, a.EntityId, a.Details, a.UserName }).ToListAsync(Ct));
        Assert.Equal(before + s.Documents.Count, prints.Count);
        Assert.All(prints, p => Assert.Equal(PrintScenario.Director, p.UserName));
        Assert.Equal(
            new (string, string)[] { ("AssignmentSheet", N(s.SheetId)), ("AssignmentSheet", N(s.SheetId)), ("Reminder", N(s.ReminderId)), ("MaterialsRequest", N(s.MaterialsId)),
             ("ReportRequest", N(s.ReportId)), ("ExtensionRequest", N(s.ExtensionId)), ("Matter", N(s.TransferredMatterId)), ("Matter", N(s.TransferredMatterId)),
             ("CoordinationMeeting", N(s.MeetingId)), ("Matter", N(s.MatterId)) },
            prints.Select(p => (p.EntityType, p.EntityId ?? "")).ToList());
        Assert.Contains("\"document\":\"归档目录\"", prints[^1].Details, StringComparison.Ordinal);
        Assert.All(prints, p => Assert.DoesNotContain("张", p.Details ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryDocument_ForAnotherDepartmentOrVillage_Is404AndNotAudited()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite, now: PrintScenario.EveOfNationalDay);
        var s = await PrintScenario.CreateAsync(app, Ct);
        using var land = await app.ClientForAsync(Roles.DepartmentHandler, departmentId: s.Town.LandOffice);
        using var westReporter = await app.ClientForAsync(Roles.VillageReporter, villageId: s.Town.WestVillage);
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "print", Ct));

        foreach (var (_, url) in s.Documents)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await land.GetAsync(url, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await westReporter.GetAsync(url, Ct)).StatusCode);
        }

        Assert.Equal(before, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "print", Ct)));
    }

    [Fact]
    public async Task DepartmentDocuments_ForAConvenedButNotAddressedDepartment_AreNarrowedToItsOwn()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite, now: PrintScenario.EveOfNationalDay);
        var s = await PrintScenario.CreateAsync(app, Ct);
        using var police = await app.ClientForAsync(Roles.DepartmentHead, departmentId: s.Town.PoliceStation);
        using var justice = await app.LoginAsync(PrintScenario.JusticeHandler);

        var policeMeeting = await police.GetAsync($"/Print/Meeting/{s.MeetingId}", Ct);
        var policeSheet = await police.GetAsync($"/Print/Sheet/{s.SheetId}", Ct);
        var policeMaterials = await police.GetAsync($"/Print/Supervision/materials/{s.MaterialsId}", Ct);
        var policeReport = await police.GetAsync($"/Print/Supervision/report/{s.ReportId}", Ct);
        var justiceMaterials = await justice.GetAsync($"/Print/Supervision/materials/{s.MaterialsId}", Ct);
        var justiceExtension = await justice.GetAsync($"/Print/Extension/{s.ExtensionId}", Ct);
        var unknownKind = await justice.GetAsync($"/Print/Supervision/other/{s.MaterialsId}", Ct);
        var noSuchRound = await justice.GetAsync($"/Print/Sheet/{s.SheetId}/3", Ct);
        var notTransferred = await justice.GetAsync($"/Print/TransferNotice/{s.MatterId}", Ct);

        Assert.Equal(HttpStatusCode.OK, policeMeeting.StatusCode);
        Assert.Equal(HttpStatusCode.OK, policeSheet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, policeMaterials.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, policeReport.StatusCode);
        Assert.Equal(HttpStatusCode.OK, justiceMaterials.StatusCode);
        Assert.Equal(HttpStatusCode.OK, justiceExtension.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownKind.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSuchRound.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notTransferred.StatusCode);
    }

    private static void AssertContains(string html, params string[] expected)
    {
        foreach (var text in expected)
        {
            Assert.True(html.Contains(text, StringComparison.Ordinal), $"missing “{text}”");
        }
    }
}
