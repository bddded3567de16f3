using System.Net;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Information;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Information.InformationPagesTests;

namespace Zongzhi.Tests.Features.Information;

public sealed class VillageReportPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task FormPage_ReporterSubmitsOwnVillage_BadCountsShownBesideField_OtherVillageGets404(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var east = await app.ClientForAsync(Roles.VillageReporter, villageId: town.EastVillage);
        using var west = await app.ClientForAsync(Roles.VillageReporter, villageId: town.WestVillage);
        var url = "/Information/VillageReports/File?month=2026-10";
        var token = Token(await east.GetStringAsync(url, Ct));

        var bad = await east.PostAsync(url + "&handler=Submit", Form(token, [.. Line(0, "neighbour", "3", "1", "1"), ("Input.NotableCases", "张家与李家宅基地纠纷")]), Ct);
        var badHtml = await bad.Content.ReadAsStringAsync(Ct);
        var badCount = await app.WithDbAsync(db => db.VillageReports.CountAsync(Ct));
        var submitted = await east.PostAsync(url + "&handler=Submit",
            Form(token, [.. Line(0, "neighbour", "3", "2", "1"), .. Line(1, "labour", "1", "1", "0"), ("Input.NotableCases", "张家与李家宅基地纠纷"), ("Input.InstabilityFactors", "征地补偿")]), Ct);
        var otherVillage = await west.GetAsync($"/Information/VillageReports/File?month=2026-10&villageId={town.EastVillage}", Ct);
        var westList = await west.GetStringAsync("/Information/VillageReports?month=2026-10", Ct);
        var eastView = await east.GetStringAsync(url, Ct);

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Matches("data-valmsg-for=\"Input.Lines\\[0\\].Mediated\"[^>]*>调解成功数与未调结数之和应等于调解数", badHtml);
        Assert.Contains("张家与李家宅基地纠纷", badHtml, StringComparison.Ordinal);
        Assert.Equal(0, badCount);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherVillage.StatusCode);
        Assert.DoesNotContain("东村", westList, StringComparison.Ordinal);
        Assert.Contains("不能修改", eastView, StringComparison.Ordinal);
        var report = await app.WithDbAsync(db => db.VillageReports.SingleAsync(Ct));
        Assert.Equal(VillageReportStatus.Submitted, report.Status);
        Assert.Equal(town.EastVillage, report.VillageId);
        Assert.Equal(4, report.TotalMediated);
        Assert.Equal("征地补偿", report.InstabilityFactors);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task ImportPage_BadFileShowsRowErrorsAndSavesNothing_GoodFileIsImported(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var east = await app.ClientForAsync(Roles.VillageReporter, villageId: town.EastVillage);
        var url = "/Information/VillageReports/Import?month=2026-10";
        var html = await east.GetStringAsync(url, Ct);
        var badFile = VillageReportApiTests.Xlsx(
        [
            VillageReportApiTests.Row("东村", "2026-10", "邻里纠纷", 3, 2, 1),
            VillageReportApiTests.Row("东村", "2026-10", "不存在的类别", 1, 1, 0),
            VillageReportApiTests.Row("西社区", "2026-10", "labour", 2, 1, 1),
            VillageReportApiTests.Row("东村", "2026-10", "labour", "三", 1, 0),
        ]);
        var goodFile = VillageReportApiTests.Xlsx(
        [
            VillageReportApiTests.Row("东村", "2026-10", "邻里纠纷", 3, 2, 1, "宅基地纠纷一起", "征地补偿"),
            VillageReportApiTests.Row("东村", "2026-10", "labour", 1, 1, 0),
        ]);

        var bad = await east.PostAsync(url, Multipart([new("__RequestVerificationToken", Token(html)), new("Submit", "true")], badFile, "月报.xlsx", "Upload"), Ct);
        var badHtml = await bad.Content.ReadAsStringAsync(Ct);
        var notExcel = await east.PostAsync(url, Multipart([new("__RequestVerificationToken", Token(html))], "村(社区),月份\n东村,2026-10"u8.ToArray(), "月报.xlsx", "Upload"), Ct);
        var countAfterBad = await app.WithDbAsync(db => db.VillageReports.CountAsync(Ct));
        var good = await east.PostAsync(url, Multipart([new("__RequestVerificationToken", Token(html)), new("Submit", "true")], goodFile, "月报.xlsx", "Upload"), Ct);

        Assert.Contains("下载 2026-10 的 Excel 模板", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("行 3：纠纷类别不在配置的类别中", badHtml, StringComparison.Ordinal);
        Assert.Contains("行 4：只能导入本村(社区)的月报", badHtml, StringComparison.Ordinal);
        Assert.Contains("行 5：调解数应为整数", badHtml, StringComparison.Ordinal);
        Assert.Matches("data-valmsg-for=\"Upload\"[^>]*>文件有 3 处错误，未导入任何月报", badHtml);
        Assert.Contains("不是有效的 Excel 文件", await notExcel.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, countAfterBad);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var report = await app.WithDbAsync(db => db.VillageReports.SingleAsync(Ct));
        Assert.Equal(VillageReportStatus.Submitted, report.Status);
        Assert.Equal(4, report.TotalMediated);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "villageReport.import", Ct)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task ListPage_ShowsMissingVillagesAfterDueDay_DirectorRemindsOnce_ReporterCannotRemind(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        using var east = await app.ClientForAsync(Roles.VillageReporter, villageId: town.EastVillage);
        var (status, _) = await VillageReportApiTests.ImportAsync(east, VillageReportApiTests.Xlsx([VillageReportApiTests.Row("东村", "2026-10", "邻里纠纷", 1, 1, 0)]), submit: true);
        Assert.Equal(HttpStatusCode.OK, status);
        var url = "/Information/VillageReports?month=2026-10";

        var html = await director.GetStringAsync(url, Ct);
        var reminded = await director.PostAsync(url + "&handler=Remind", Form(Token(html)), Ct);
        var after = await director.GetStringAsync(url, Ct);
        var reporterRemind = await east.PostAsync(url + "&handler=Remind", Form(Token(await east.GetStringAsync(url, Ct))), Ct);
        Assert.Equal(HttpStatusCode.OK, reporterRemind.StatusCode);
        var notDue = await director.GetStringAsync("/Information/VillageReports?month=2026-11", Ct);

        Assert.Contains("以下 1 个村(社区)尚未上报", html, StringComparison.Ordinal);
        Assert.Contains("<li>西社区", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reminded.StatusCode);
        Assert.Contains("已催报", after, StringComparison.Ordinal);
        Assert.Contains("只有综治中心主任可以催报", await reporterRemind.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("尚未过截止日", notDue, StringComparison.Ordinal);
        var reminders = await app.WithDbAsync(db => db.VillageReportReminders.ToListAsync(Ct));
        Assert.Equal(town.WestVillage, Assert.Single(reminders).VillageId);
    }

    private static (string, string)[] Line(int index, string category, string mediated, string resolved, string unresolved) =>
    [
        ($"Input.Lines[{index}].Category", category),
        ($"Input.Lines[{index}].Mediated", mediated),
        ($"Input.Lines[{index}].Resolved", resolved),
        ($"Input.Lines[{index}].Unresolved", unresolved),
    ];
}
