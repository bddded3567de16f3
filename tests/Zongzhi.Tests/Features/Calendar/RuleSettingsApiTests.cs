using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Calendar;

public sealed class RuleSettingsApiTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Update_WithCurrentVersion_SavesAndStaleVersionIsRefused(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        using var admin = await app.ClientForAsync(Roles.Administrator);
        var initial = await admin.GetFromJsonAsync<JsonElement>("/api/settings/rules", TestContext.Current.CancellationToken);
        Assert.Equal(7, initial.GetProperty("generalDays").GetInt32());
        Assert.Equal(15, initial.GetProperty("complexDays").GetInt32());
        Assert.Equal(30, initial.GetProperty("especiallyComplexDays").GetInt32());
        Assert.Equal(1, initial.GetProperty("leaderCaseMonths").GetInt32());

        var first = await admin.PutAsJsonAsync("/api/settings/rules", Settings(10, version: 0), TestContext.Current.CancellationToken);
        var second = await admin.PutAsJsonAsync("/api/settings/rules", Settings(12, version: 1), TestContext.Current.CancellationToken);
        var stale = await admin.PutAsJsonAsync("/api/settings/rules", Settings(20, version: 1), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var current = await admin.GetFromJsonAsync<JsonElement>("/api/settings/rules", TestContext.Current.CancellationToken);
        Assert.Equal(12, current.GetProperty("generalDays").GetInt32());
        Assert.Equal(2, current.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Update_OutOfRangeOrByNonAdmin_IsRefused()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var admin = await app.ClientForAsync(Roles.Administrator);
        using var director = await app.ClientForAsync(Roles.CenterDirector);

        var zero = await admin.PutAsJsonAsync("/api/settings/rules", Settings(0, version: 0), TestContext.Current.CancellationToken);
        var byDirector = await director.PutAsJsonAsync("/api/settings/rules", Settings(9, version: 0), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Contains("generalDays", await zero.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byDirector.StatusCode);
        var current = await admin.GetFromJsonAsync<JsonElement>("/api/settings/rules", TestContext.Current.CancellationToken);
        Assert.Equal(7, current.GetProperty("generalDays").GetInt32());
    }

    private static object Settings(int generalDays, int version) => new
    {
        generalDays,
        complexDays = 15,
        especiallyComplexDays = 30,
        leaderCaseMonths = 1,
        dueSoonWorkingDays = 2,
        unsignedChaseWorkingDays = 1,
        version,
    };
}
