using System.Net;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Admin;

public sealed class ReferenceListTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Departments_AddRenameRetire_NeverDeletesAndRefusesStaleForm()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var admin = await app.ClientForAsync(Roles.Administrator);
        var token = await AdminPagesTests.TokenAsync(admin, "/Admin/Departments");

        await admin.PostAsync("/Admin/Departments?handler=Add", AdminPagesTests.Form(token, ("Input.Name", "司法所"), ("Input.Flag", "true")), Ct);
        var id = await app.WithDbAsync(db => db.Departments.Where(d => d.Name == "司法所").Select(d => d.Id).SingleAsync(Ct));
        var renamed = await admin.PostAsync($"/Admin/Departments?handler=Save&id={id}",
            AdminPagesTests.Form(token, ("Input.Name", "司法所（调解）"), ("Input.Flag", "true"), ("Input.Version", "1")), Ct);
        var stale = await admin.PostAsync($"/Admin/Departments?handler=Save&id={id}",
            AdminPagesTests.Form(token, ("Input.Name", "旧名"), ("Input.Version", "1")), Ct);
        var retired = await admin.PostAsync($"/Admin/Departments?handler=Retire&id={id}", AdminPagesTests.Form(token, ("Input.Version", "2")), Ct);

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var staleHtml = await stale.Content.ReadAsStringAsync(Ct);
        Assert.Contains("已被他人修改", staleHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"旧名\"", staleHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        var department = await app.WithDbAsync(db => db.Departments.SingleAsync(d => d.Id == id, Ct));
        Assert.Equal("司法所（调解）", department.Name);
        Assert.False(department.IsActive);
    }
}
