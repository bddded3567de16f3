using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Information;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Information;

public sealed class VillageReportApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    internal static Dictionary<string, object> Row(string village, string month, string category, object mediated, object resolved, object unresolved,
        string notable = "", string factors = "") => new()
    {
        [VillageReportTemplate.Village] = village,
        [VillageReportTemplate.Month] = month,
        [VillageReportTemplate.Category] = category,
        [VillageReportTemplate.Mediated] = mediated,
        [VillageReportTemplate.Resolved] = resolved,
        [VillageReportTemplate.Unresolved] = unresolved,
        [VillageReportTemplate.NotableCases] = notable,
        [VillageReportTemplate.InstabilityFactors] = factors,
    };

    internal static byte[] Xlsx(IEnumerable<Dictionary<string, object>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    internal static async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(HttpClient client, byte[] file, bool submit = false)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(file), "file", "report.xlsx");
        var response = await client.PostAsync($"/api/village-reports/import?submit={(submit ? "true" : "false")}", content, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Import_TemplateFile_SavesSubmittedReportAndExportNeutralisesFormulas(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var reporter = await app.ClientForAsync(Roles.VillageReporter, villageId: town.EastVillage);
        using var director = await app.ClientForAsync(Roles.CenterDirector);

        var template = await reporter.GetAsync("/api/village-reports/template.xlsx?month=2026-10", Cancel);
        var templateRows = MiniExcel.Query(await template.Content.ReadAsStreamAsync(Cancel), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var (status, body) = await ImportAsync(reporter, Xlsx(
        [
            Row("东村", "2026-10", "邻里纠纷", 3, 2, 1, "=HYPERLINK(\"http://x\")", "宅基地矛盾"),
            Row("东村", "2026-10", "labour", 1, 1, 0),
        ]), submit: true);
        var export = await director.GetAsync("/api/village-reports/export.xlsx?month=2026-10", Cancel);
        var exported = MiniExcel.Query(await export.Content.ReadAsStreamAsync(Cancel), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal("东村", templateRows[0][VillageReportTemplate.Village]);
        Assert.Equal(HttpStatusCode.OK, status);
        var report = Assert.Single(body.EnumerateArray());
        Assert.Equal("Submitted", report.GetProperty("status").GetString());
        Assert.Equal(4, report.GetProperty("totalMediated").GetInt32());
        Assert.Equal("=HYPERLINK(\"http://x\")", report.GetProperty("notableCases").GetString());
        Assert.Equal(2, exported.Count);
        Assert.Equal("'=HYPERLINK(\"http://x\")", exported[0][VillageReportTemplate.NotableCases]);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "villageReport.import")));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Import_BadRows_RefusedWithChineseRowErrorsAndNothingSaved(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);

        var (status, body) = await ImportAsync(director, Xlsx(
        [
            Row("东村", "2026-10", "邻里纠纷", 3, 2, 1),
            Row("东村", "2026-10", "劳动争议", -1, 0, 0),
            Row("北村", "2026-10", "邻里纠纷", 1, 1, 0),
            Row("西社区", "2026-10", "邻里纠纷", 5, 1, 1),
            Row("西社区", "2026-10", "婚姻家庭", "三", 0, 0),
        ]));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = body.GetProperty("errors").GetProperty("file").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["行 3：调解数不能为负数", "行 4：村(社区)不存在", "行 5：调解成功数与未调结数之和应等于调解数", "行 6：调解数应为整数"], errors);
        Assert.Equal(0, await app.WithDbAsync(db => db.VillageReports.CountAsync()));
    }

    [Fact]
    public async Task Import_OversizedTooManyRowsZipBombOrNotExcel_IsRefused()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);

        var tooMany = await ImportAsync(director, Xlsx(Enumerable.Range(0, 1001).Select(_ => Row("东村", "2026-10", "邻里纠纷", 1, 1, 0))));
        var oversized = await ImportAsync(director, new byte[(2 * 1024 * 1024) + 1]);
        var bomb = await ImportAsync(director, ZipBomb());
        var notExcel = await ImportAsync(director, "村(社区),月份\n东村,2026-10"u8.ToArray());

        Assert.Equal("文件不能超过 1000 行", tooMany.Body.GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, oversized.Status);
        Assert.Contains("2 MB", oversized.Body.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("文件内容异常（解压后过大），已拒绝", bomb.Body.GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Contains("不是有效的 Excel 文件", notExcel.Body.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.VillageReports.CountAsync()));
    }

    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Form_CreateChangeSubmit_StaleIs409AndScopeIs404(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var reporter = await app.ClientForAsync(Roles.VillageReporter, villageId: town.EastVillage);
        using var westReporter = await app.ClientForAsync(Roles.VillageReporter, villageId: town.WestVillage);
        using var informant = await app.ClientForAsync(Roles.Informant);
        var body = new { month = "2026-10", lines = new[] { new { category = "neighbour", mediated = 2, resolved = 1, unresolved = 1 } }, notableCases = "无" };

        var created = await InformationApiTests.PostAsync(reporter, "/api/village-reports", body, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt64();
        await InformationApiTests.PostAsync(reporter, "/api/village-reports", body, HttpStatusCode.Conflict);
        var changed = await reporter.PutAsJsonAsync($"/api/village-reports/{id}", new { lines = body.lines, instabilityFactors = "征地补偿", version = 1 }, Cancel);
        var stale = await reporter.PutAsJsonAsync($"/api/village-reports/{id}", new { lines = body.lines, version = 1 }, Cancel);
        var westSees = await westReporter.GetAsync($"/api/village-reports/{id}", Cancel);
        var informantFiles = await informant.PostAsJsonAsync("/api/village-reports", body, Cancel);
        var badMonth = await InformationApiTests.PostAsync(reporter, "/api/village-reports", new { month = "2026/10" }, HttpStatusCode.BadRequest);
        var negative = await InformationApiTests.PostAsync(reporter, "/api/village-reports",
            new { month = "2026-09", lines = new[] { new { category = "neighbour", mediated = -1, resolved = 0, unresolved = 0 } } }, HttpStatusCode.BadRequest);
        await InformationApiTests.PostAsync(reporter, $"/api/village-reports/{id}/submit", new { version = 2 });
        var afterSubmit = await reporter.PutAsJsonAsync($"/api/village-reports/{id}", new { lines = body.lines, version = 3 }, Cancel);

        Assert.Equal(1, created.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, westSees.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, informantFiles.StatusCode);
        Assert.True(badMonth.GetProperty("errors").TryGetProperty("month", out _));
        Assert.Equal("调解数不能为负数", negative.GetProperty("errors").GetProperty("lines[0].mediated")[0].GetString());
        Assert.Equal(HttpStatusCode.Conflict, afterSubmit.StatusCode);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Missing_AfterDueDay_ListsVillagesWithoutReportAndRemindsOnce(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider, now: new DateTimeOffset(2026, 11, 6, 9, 0, 0, TimeSpan.FromHours(8)));
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        using var eastReporter = await app.ClientForAsync(Roles.VillageReporter, villageId: town.EastVillage);
        var westReporter = await app.CreateUserAsync("west-reporter", Roles.VillageReporter, villageId: town.WestVillage);
        await ImportAsync(eastReporter, Xlsx([Row("东村", "2026-10", "邻里纠纷", 1, 1, 0)]), submit: true);

        var missing = await director.GetFromJsonAsync<JsonElement>("/api/village-reports/missing?month=2026-10", Cancel);
        var first = await InformationApiTests.PostAsync(director, "/api/village-reports/remind?month=2026-10", new { });
        var second = await InformationApiTests.PostAsync(director, "/api/village-reports/remind?month=2026-10", new { });
        var notYetDue = await director.GetFromJsonAsync<JsonElement>("/api/village-reports/missing?month=2026-11", Cancel);
        await InformationApiTests.PostAsync(director, "/api/village-reports/remind?month=2026-11", new { }, HttpStatusCode.Conflict);

        Assert.True(missing.GetProperty("isPastDue").GetBoolean());
        Assert.Equal("2026-11-05", missing.GetProperty("dueOn").GetString());
        Assert.Equal(town.WestVillage, Assert.Single(missing.GetProperty("villages").EnumerateArray()).GetProperty("villageId").GetInt64());
        Assert.Equal(1, first.GetProperty("villagesReminded").GetInt32());
        Assert.Equal(1, first.GetProperty("notifications").GetInt32());
        Assert.Equal(0, second.GetProperty("villagesReminded").GetInt32());
        Assert.Equal(1, second.GetProperty("alreadyReminded").GetInt32());
        Assert.False(notYetDue.GetProperty("isPastDue").GetBoolean());
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == westReporter.Id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.VillageReportReminders.CountAsync()));
    }
}
