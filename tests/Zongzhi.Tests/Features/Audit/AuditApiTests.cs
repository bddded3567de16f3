using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Zongzhi.Data;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform.Audit;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Audit;

public sealed class AuditApiTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Search_ByEntityAndAction_PagesByCursor(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        await RecordAsync(app, Enumerable.Range(1, 5).Select(i => ("Matter", "7", "matter.update")).Append(("Matter", "8", "matter.update")));
        using var auditor = await app.ClientForAsync(Roles.Auditor);

        var first = await auditor.GetFromJsonAsync<JsonElement>("/api/audit?entityType=Matter&entityId=7&action=matter.update&take=3", Ct);
        var cursor = first.GetProperty("nextCursor").GetInt64();
        var second = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?entityType=Matter&entityId=7&action=matter.update&take=3&cursor={cursor}", Ct);

        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        Assert.Equal(2, second.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.Equal(5, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Search_NamePhoneOrIdNumberInAnIdentifierField_IsRefusedAndNotCarriedOn(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        await RecordAsync(app, [("Matter", "7", "matter.update")]);
        using var auditor = await app.ClientForAsync(Roles.Auditor);

        foreach (var (field, value) in new[] { ("userId", "张三"), ("entityId", "13812345678"), ("entityId", "11010519491231002X"), ("action", "查看 张三") })
        {
            var query = $"?{field}={Uri.EscapeDataString(value)}";
            using var search = await auditor.GetAsync("/api/audit" + query, Ct);
            using var export = await auditor.GetAsync("/api/audit/export" + query, Ct);
            var page = await auditor.GetStringAsync("/Audit" + query, Ct);

            Assert.Equal(HttpStatusCode.BadRequest, search.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
            var body = await search.Content.ReadAsStringAsync(Ct);
            Assert.Contains("不能填写姓名、电话或身份证号码", JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain(value, System.Text.RegularExpressions.Regex.Unescape(body), StringComparison.Ordinal);
            Assert.Contains("不能填写姓名、电话或身份证号码", page, StringComparison.Ordinal);
            Assert.DoesNotContain(value, System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal); // neither the box nor the export link
            Assert.DoesNotContain(Uri.EscapeDataString(value), page, StringComparison.Ordinal);
        }

        var byId = await auditor.GetFromJsonAsync<JsonElement>("/api/audit?entityType=Matter&entityId=7&action=matter.update", Ct);
        Assert.Equal(1, byId.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task AuditTrail_NonAuditorsIncludingAdministrator_AreRefusedAndNothingAltersEntries()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var admin = await app.ClientForAsync(Roles.Administrator);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        using var auditor = await app.ClientForAsync(Roles.Auditor);

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await director.GetAsync("/api/audit/export", Ct)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await admin.GetAsync("/Audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await auditor.DeleteAsync("/api/audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await admin.PutAsJsonAsync("/api/audit", new { }, Ct)).StatusCode);
        var page = await auditor.GetAsync("/Audit?action=login.success", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("审计记录", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_FormulaLeadingCells_AreNeutralisedAndExportIsAudited()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        await RecordAsync(app, [("Matter", "=HYPERLINK(\"http://x\")", "matter.update"), ("Matter", "+1", "matter.update"),
            ("Matter", "-2", "matter.update"), ("Matter", "@SUM(A1)", "matter.update"), ("Matter", "\tx", "matter.update"), ("Matter", "9", "matter.update")]);
        using var auditor = await app.ClientForAsync(Roles.Auditor);

        var response = await auditor.GetAsync("/api/audit/export?entityType=Matter", Ct);
        await using var stream = await response.Content.ReadAsStreamAsync(Ct);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, Ct);
        buffer.Position = 0;
        var rows = (await buffer.QueryAsync(useHeaderRow: true, cancellationToken: Ct)).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var ids = rows.Select(r => r["对象编号"]?.ToString()).ToList();
        Assert.Contains("'=HYPERLINK(\"http://x\")", ids);
        Assert.Contains("'+1", ids);
        Assert.Contains("'-2", ids);
        Assert.Contains("'@SUM(A1)", ids);
        Assert.Contains("'\tx", ids);
        Assert.Contains("9", ids);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "audit.export")));
    }

    private static async Task RecordAsync(ZongzhiAppFactory app, IEnumerable<(string Type, string Id, string Action)> entries)
    {
        await using var scope = app.Scope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        foreach (var (type, id, action) in entries)
        {
            audit.Record(type, id, action);
        }

        await scope.ServiceProvider.GetRequiredService<ZongzhiDb>().SaveChangesAsync(Ct);
    }
}
